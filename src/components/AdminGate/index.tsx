import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import StateView from '../StateView'
import { useSession } from '@/hooks/useSession'
import { isAdmin } from '@/services/session'

/** Renders admin pages for the publicity department only (the server checks again). */
export default function AdminGate({ children }: { children: ReactNode }) {
  const session = useSession()
  if (!session.me) {
    return (
      <View className="page">
        <StateView loading={session.status !== 'error'} error={session.error?.message} onRetry={session.reload} />
      </View>
    )
  }
  if (!isAdmin(session.me)) {
    return (
      <View className="page">
        <StateView error="此页面仅供区委宣传部管理员使用。" />
      </View>
    )
  }
  return <>{children}</>
}
