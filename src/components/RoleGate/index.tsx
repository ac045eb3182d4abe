import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import StateView from '../StateView'
import { actions, type ActionName } from '@/core/contract'
import { hasAnyRole, refusalFor } from '@/core/model/roles'
import { useSession } from '@/hooks/useSession'
import { rolesOf, type Me } from '@/services/session'

export type RoleGateProps = {
  children: (me: Me) => ReactNode
} & (
  | {
      /** The page's main action: its contract roles say who may open the page and what the others read. */
      action: ActionName
    }
  | {
      /** Who may open the page (the server checks again). */
      allow: (me: Me) => boolean
      /** What the others read instead: who the page is for. */
      refusal: string
    }
)

/**
 * Renders a page for the people it admits, a loading state until the session is known, and for
 * the rest only a refusal that says who the page is for and the way home — no page chrome.
 */
export default function RoleGate(props: RoleGateProps) {
  const session = useSession()
  if (!session.me) {
    return (
      <View className="page">
        <StateView loading={session.status !== 'error'} error={session.error?.message} onRetry={session.reload} />
      </View>
    )
  }
  const me = session.me
  const gate =
    'action' in props
      ? { admitted: hasAnyRole(rolesOf(me), actions[props.action].roles), refusal: refusalFor(actions[props.action].roles) }
      : { admitted: props.allow(me), refusal: props.refusal }
  if (!gate.admitted) {
    return (
      <View className="page">
        <StateView refusal={gate.refusal} />
      </View>
    )
  }
  return <>{props.children(me)}</>
}
