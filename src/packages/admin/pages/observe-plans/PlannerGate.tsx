import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useSession } from '@/hooks/useSession'
import { isAdmin, isObserver } from '@/services/session'

/**
 * Opens the plans page to the admin and to observers: whether an observer leads a group (各级党组织
 * plan for their areas) is known to the server only, which refuses the others with its message.
 */
export default function PlannerGate({ children }: { children: (admin: boolean) => ReactNode }) {
  const session = useSession()
  if (!session.me) {
    return (
      <View className="page">
        <StateView loading={session.status !== 'error'} error={session.error?.message} onRetry={session.reload} />
      </View>
    )
  }
  if (!isAdmin(session.me) && !isObserver(session.me)) {
    return (
      <View className="page">
        <StateView error="此页面供区委宣传部和巡听旁听组组长安排巡听使用。" />
      </View>
    )
  }
  return <>{children(isAdmin(session.me))}</>
}
