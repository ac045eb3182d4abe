import type { ReactNode } from 'react'
import RoleGate from '@/components/RoleGate'
import { isAdmin, isObserver } from '@/services/session'

/**
 * Opens the plans page to the admin and to observers: whether an observer leads a group (各级党组织
 * plan for their areas) is known to the server only, which refuses the others with its message.
 */
export default function PlannerGate({ children }: { children: (admin: boolean) => ReactNode }) {
  return (
    <RoleGate allow={(me) => isAdmin(me) || isObserver(me)} refusal="此页面供区委宣传部和巡听旁听组组长安排巡听使用。">
      {(me) => children(isAdmin(me))}
    </RoleGate>
  )
}
