import type { ReactNode } from 'react'
import RoleGate from '../RoleGate'
import { refusalFor } from '@/core/model/roles'
import { isAdmin } from '@/services/session'

/** Renders admin pages for the publicity department only (the server checks again). */
export default function AdminGate({ children }: { children: ReactNode }) {
  return (
    <RoleGate allow={isAdmin} refusal={refusalFor(['admin'])}>
      {() => children}
    </RoleGate>
  )
}
