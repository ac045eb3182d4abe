import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import WithdrawDialog from '@/components/WithdrawDialog'
import { useWithdraw } from '@/components/WithdrawDialog/useWithdraw'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import InviteButton from './InviteButton'
import SessionRecord from './Record'
import './index.scss'

/** One session: its record for the unit, its members and the admin; what the secretary can do with it. */
export default function SessionDetailPage() {
  const id = useRouter().params.id ?? ''
  const session = useQuery(() => call('centralGroup.session.get', { id }), [id])
  useReloadOnShow(session.reload)
  const withdraw = useWithdraw('centralGroup.session.withdraw', id, () => void session.reload())
  const d = session.data
  if (!d) {
    return (
      <View className="page">
        <StateView loading={session.loading} error={session.error} onRetry={() => void session.reload()} testId="group-detail" />
      </View>
    )
  }
  const { item } = d
  const toRecord = item.statusLabel === '待记录'
  return (
    <View className="page group-detail">
      <View className="card">
        <View className="group-head" data-testid="group-topic">
          {item.topic}
        </View>
        <View className="group-tags">
          <Tag text={item.statusLabel} testId="group-status-tag" />
        </View>
        <View className="list-sub">
          {item.name} {item.time}
          {item.place ? ` · ${item.place}` : ''}
        </View>
        <View className="list-sub">{item.unitName}理论学习中心组</View>
        {toRecord && d.canEdit && (
          <View className="group-hint">学习时间已到，请补全学习记录（到会成员、领学人和研讨发言）。</View>
        )}
        {item.withdrawn && <View className="field-error">已撤销：{d.withdrawReason}</View>}
      </View>

      <SessionRecord d={d} />

      {d.records.length > 0 && (
        <View className="card" data-testid="group-records">
          <View className="card-title">已同步生成的学习记录</View>
          {d.records.map((r) => (
            <View className="group-line" key={r.id}>
              <Text className="group-line-label">{r.personName}</Text>
              <Text className="group-line-value">{r.kindLabel}</Text>
            </View>
          ))}
          <View className="muted">领学人和研讨发言人无需再次填报，修改或撤销学习记录时自动同步。</View>
        </View>
      )}

      {d.canEdit && (
        <View className="group-actions">
          <Button className="btn btn-primary btn-block" onClick={() => open(ROUTES.groupEdit, { id })} data-testid="group-edit">
            {item.status === 'planned' ? (toRecord ? '补全学习记录' : '修改学习计划') : '修改学习记录'}
          </Button>
          {item.statusLabel === '计划召开' && <InviteButton sessionId={id} />}
          <Button className="btn btn-text btn-block" onClick={withdraw.start} data-testid="group-withdraw">
            撤销
          </Button>
        </View>
      )}

      <WithdrawDialog
        {...withdraw.dialog}
        title="撤销中心组学习"
        note="撤销后，由本次学习生成的领学、交流记录将一并撤回。"
        testId="group-withdraw"
      />
    </View>
  )
}
