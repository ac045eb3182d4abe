import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { ROLE_LABELS } from '@/core/model/roles'
import { useSession } from '@/hooks/useSession'
import { open, ROUTES } from '@/services/routes'
import { logout } from '@/services/session'
import './index.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone
}

/** Who I am on the roster: name, unit, position, roles, WeChat binding. */
export default function MePage() {
  const session = useSession()
  const me = session.me
  if (!me) {
    return (
      <View className="page">
        <StateView loading={session.status !== 'error'} error={session.error?.message} onRetry={session.reload} testId="me" />
      </View>
    )
  }
  const { person, unit, area } = me

  const confirmLogout = async () => {
    const res = await Taro.showModal({
      title: '退出登录',
      content: '确定要退出登录吗？',
      confirmText: '退出',
      cancelText: '取消'
    })
    if (res.confirm) await logout()
  }

  return (
    <View className="page me-page">
      <View className="card me-head">
        <View className="me-avatar">{person.name.slice(-2)}</View>
        <View className="list-main">
          <View className="me-name" data-testid="me-name">
            {person.name}
          </View>
          <View className="list-sub">{maskPhone(person.phone)}</View>
        </View>
      </View>

      <View className="card">
        <Row label="单位" value={unit?.name || '—'} />
        {area && <Row label="片区" value={area.name} />}
        <Row label="职务" value={person.position || '—'} />
        <View className="me-row">
          <Text className="me-label">角色</Text>
          <View className="me-value me-roles" data-testid="me-roles">
            {person.roles.map((r) => (
              <Tag key={r} text={ROLE_LABELS[r]} />
            ))}
          </View>
        </View>
        <View className="me-row">
          <Text className="me-label">微信绑定</Text>
          <View className="me-value">
            <Tag text={person.bound ? '已绑定' : '未绑定'} />
          </View>
        </View>
      </View>

      <View className="card" onClick={() => open(ROUTES.inbox)} data-testid="me-inbox">
        <View className="list-title">我的提醒</View>
        <View className="list-sub">学习任务临近期限时的提醒都在这里</View>
      </View>

      <View className="card" onClick={() => open(ROUTES.publicityList, { scope: 'mine' })} data-testid="me-publicity">
        <View className="list-title">我的宣传报道</View>
        <View className="list-sub">登记向报刊、新媒体、学习强国的投稿和刊发情况</View>
      </View>

      <View className="card" onClick={() => open(ROUTES.modelsShowcase)} data-testid="me-models">
        <View className="list-title">先进典型</View>
        <View className="list-sub">全区命名的理论学习先进典型和中心组学习示范班、示范课</View>
      </View>

      <View className="card" onClick={() => open(ROUTES.meetingCheckIn)} data-testid="me-checkin">
        <View className="list-title">会议扫码签到</View>
        <View className="list-sub">扫描会议记录员出示的签到二维码</View>
      </View>

      <View className="card" onClick={() => open(ROUTES.feedbackMine)} data-testid="me-feedback">
        <View className="list-title">意见反馈</View>
        <View className="list-sub">向区委宣传部反映问题和建议，查看回复</View>
      </View>

      <View className="muted me-note">信息有误或需要更换绑定的微信，请联系区委宣传部。</View>

      {IS_H5 && (
        <Button className="btn btn-block me-logout" onClick={confirmLogout} data-testid="logout">
          退出登录
        </Button>
      )}
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="me-row">
      <Text className="me-label">{label}</Text>
      <Text className="me-value">{value}</Text>
    </View>
  )
}
