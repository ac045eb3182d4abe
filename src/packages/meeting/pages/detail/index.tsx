import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import WithdrawDialog from '@/components/WithdrawDialog'
import { useWithdraw } from '@/components/WithdrawDialog/useWithdraw'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import MeetingTags from '../../components/MeetingTags'
import Attendance from './Attendance'
import FirstItem from './FirstItem'
import './index.scss'
import RoleGate from '@/components/RoleGate'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'

/** One meeting: its first agenda item, attendance, the records it yielded, and what the secretary can do. */
function MeetingDetailPage() {
  const id = useRouter().params.id ?? ''
  const meeting = useQuery(() => call('meeting.get', { id }), [id])
  useReloadOnShow(meeting.reload)
  const withdraw = useWithdraw('meeting.withdraw', id, () => void meeting.reload())
  const d = meeting.data
  if (!d) {
    return (
      <View className="page">
        <StateView
          loading={meeting.loading}
          error={meeting.error}
          onRetry={() => void meeting.reload()}
          testId="meeting-detail"
        />
      </View>
    )
  }
  const { item } = d
  return (
    <View className="page meeting-detail">
      <View className="card">
        <View className="meeting-head" data-testid="meeting-name">
          {item.name}
        </View>
        <View className="meeting-tags">
          <MeetingTags item={item} />
        </View>
        <View className="list-sub">
          {formatDayZh(item.day, todayInDistrict())} {item.time}
          {item.place ? ` · ${item.place}` : ''} · {item.unitName}
        </View>
        {item.awaitingRecord && (
          <View className="meeting-hint">会议已开始，请在 {item.recordBy} 前补全会议记录（逾期将计为第一议题未落实）。</View>
        )}
        {d.guests.length > 0 && <View className="list-sub">列席：{d.guests.join('、')}</View>}
        {item.withdrawn && <View className="field-error">已撤销：{d.withdrawReason}</View>}
      </View>

      <FirstItem item={d.firstItem} />

      {d.records.length > 0 && (
        <View className="card" data-testid="meeting-records">
          <View className="card-title">已同步生成的学习记录</View>
          {d.records.map((r) => (
            <View className="meeting-line" key={r.id}>
              <Text className="meeting-line-label">{r.personName}</Text>
              <Text className="meeting-line-value">{r.kindLabel}</Text>
            </View>
          ))}
          <View className="muted">领学人和交流发言人无需再次填报，修改或撤销会议记录时自动同步。</View>
        </View>
      )}

      {d.otherItems.length > 0 && (
        <View className="card">
          <View className="card-title">其他议题</View>
          {d.otherItems.map((t, i) => (
            <View key={i} className="list-sub">
              {i + 2}. {t}
            </View>
          ))}
        </View>
      )}

      <Attendance
        key={d.attendees.map((a) => (a.present ? 1 : 0)).join('')}
        meetingId={id}
        attendees={d.attendees}
        canMark={d.canTakeAttendance && !item.locked}
      />

      <View className="meeting-actions">
        {d.canTakeAttendance && !item.locked && (
          <Button className="btn btn-block" onClick={() => open(ROUTES.meetingQr, { id })} data-testid="meeting-show-qr">
            出示签到二维码
          </Button>
        )}
        {d.canEdit && (
          <Button
            className="btn btn-primary btn-block"
            onClick={() => open(ROUTES.meetingEdit, { id })}
            data-testid="meeting-edit"
          >
            {item.status === 'planned' ? '补全会议记录' : '修改会议记录'}
          </Button>
        )}
        {d.canEdit && (
          <Button className="btn btn-text btn-block" onClick={withdraw.start} data-testid="meeting-withdraw">
            撤销会议
          </Button>
        )}
      </View>

      <WithdrawDialog
        {...withdraw.dialog}
        title="撤销会议"
        note="撤销后，由本次会议生成的领学、交流记录将一并撤回。"
        testId="meeting-withdraw"
      />
    </View>
  )
}

/** Only for the roles of `meeting.get`; the others read who the page is for. */
export default function MeetingDetailPageGated() {
  return <RoleGate action="meeting.get">{() => <MeetingDetailPage />}</RoleGate>
}
