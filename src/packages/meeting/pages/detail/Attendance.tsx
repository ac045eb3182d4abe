import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { AttendeeView } from '@/core/contract'
import Tag from '@/components/Tag'
import { call, messageOf } from '@/services/api'

const VIA = { qr: '扫码签到', manual: '手动登记' } as const

/** Who was expected and who came; the secretary ticks people by hand. */
export default function Attendance(props: { meetingId: string; attendees: AttendeeView[]; canMark: boolean }) {
  const [attendees, setAttendees] = useState(props.attendees)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const present = attendees.filter((a) => a.present).length
  const toggle = async (a: AttendeeView) => {
    if (busy) return
    setBusy(a.personId)
    setError(null)
    try {
      const out = await call('meeting.attendance.mark', { meetingId: props.meetingId, personId: a.personId, present: !a.present })
      setAttendees(out.attendees)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }
  return (
    <View className="card" data-testid="meeting-attendance">
      <View className="card-title">
        出席情况 <Text className="muted">（已到 {present} 人）</Text>
      </View>
      {attendees.length === 0 && <View className="muted">没有登记参会人员。</View>}
      {attendees.map((a) => (
        <View className="list-item" key={a.personId} data-testid="meeting-attendee">
          <View className="list-main">
            <View className="list-title">{a.name}</View>
            <View className="list-sub">
              {a.position}
              {a.expected ? '' : ' · 未在应到名单'}
            </View>
          </View>
          {a.present ? <Tag text={a.via ? VIA[a.via] : '已到'} /> : <Tag text="未到" />}
          {props.canMark && (
            <Text className="link-action" onClick={() => void toggle(a)} data-testid="meeting-attendee-toggle">
              {busy === a.personId ? '…' : a.present ? '取消' : '标记已到'}
            </Text>
          )}
        </View>
      ))}
      {error && <View className="field-error">{error}</View>}
    </View>
  )
}
