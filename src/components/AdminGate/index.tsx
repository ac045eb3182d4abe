import type { ReactNode } from 'react'
import RoleGate from '../RoleGate'
import { isAdmin } from '@/services/session'

/** Renders admin pages for the publicity department only (the server checks again). */
export default function AdminGate({ children }: { children: ReactNode }) {
  return (
    <RoleGate allow={isAdmin} refusal="此页面仅供区委宣传部管理员使用。">
      {() => children}
    </RoleGate>
  )
}
