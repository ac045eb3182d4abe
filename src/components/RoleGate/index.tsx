import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import StateView from '../StateView'
import { useSession } from '@/hooks/useSession'
import type { Me } from '@/services/session'

export interface RoleGateProps {
  /** Who may open the page (the server checks again). */
  allow: (me: Me) => boolean
  /** What the others read instead: who the page is for. */
  refusal: string
  children: (me: Me) => ReactNode
}

/** Renders a page for the people `allow` admits, a loading state until the session is known, and a refusal for the rest. */
export default function RoleGate({ allow, refusal, children }: RoleGateProps) {
  const session = useSession()
  if (!session.me) {
    return (
      <View className="page">
        <StateView loading={session.status !== 'error'} error={session.error?.message} onRetry={session.reload} />
      </View>
    )
  }
  if (!allow(session.me)) {
    return (
      <View className="page">
        <StateView error={refusal} />
      </View>
    )
  }
  return <>{children(session.me)}</>
}
