import { View } from '@tarojs/components'
import { districtClock } from '@/core/rules/login-attempts'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'

/** What the admin should know before issuing a code: failed tries, a lock-out, a voided code. */
export default function CodeStatus({ personId }: { personId: string }) {
  const status = useQuery(() => call('roster.codes.status', { personId }), [personId])
  const s = status.data
  if (!s) return null
  const lines: string[] = []
  if (s.lockedUntil) lines.push(`验证失败次数过多，已锁定至 ${districtClock(s.lockedUntil)}，届时才能使用新验证码`)
  if (s.recentFailures > 0) lines.push(`近期（15 分钟内）验证失败 ${s.recentFailures} 次`)
  if (s.voided) lines.push('上次发放的验证码因错误次数过多已作废')
  if (s.outstandingUntil) lines.push('本人还有未使用的验证码，生成新码后原码失效')
  if (lines.length === 0) return null
  return (
    <View className="people-code-status" data-testid="code-status">
      {lines.map((line) => (
        <View key={line}>{line}</View>
      ))}
    </View>
  )
}
