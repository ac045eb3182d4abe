import type { ActionName, OutputOf, ParsedInputOf } from '../../../src/core/contract'
import { AppError } from '../../../src/core/contract'
import type { Audited, Person } from '../../../src/core/model'
import type { CheckInWindow } from '../../../src/core/rules/attendance'
import type { SubscribeTemplates } from '../../../src/core/reminders/templates'
import type { Clock } from '../ports/clock.port'
import type { FilesPort } from '../ports/files.port'
import type { Logger } from '../ports/logger.port'
import type { PushSender } from '../ports/push.port'
import type { ReportFilesPort } from '../ports/reports.port'
import type { Repositories } from '../ports/store.port'
import { newId } from '../util/ids'

/** What every service may use besides the repositories. */
export interface ServiceDeps {
  clock: Clock
  log: Logger
  /** Demo district: code 123456 logs in any seeded demo person. Never on in production. */
  demoMode: boolean
  /** Called when the admin issues a one-time code (the local host prints it). */
  onCodeIssued?: (person: Person, code: string) => void
  /** Delivers the reminders' one push a day (reminders.run); absent: inbox only (no template configured). */
  push?: PushSender
  /** Where uploaded files live (local folder or cloud storage); actions touching files need it. */
  files?: FilesPort
  /** Where generated reports (the assessment workbook) are stored and linked from; export actions need it. */
  reports?: ReportFilesPort
  /** Signs meeting check-in QR codes (function env var in production, derived from the data folder's secret locally). */
  attendanceSecret?: string
  /** When a meeting's check-in code is accepted; defaults to 30 minutes before to 2 hours after the start. */
  checkInWindow?: CheckInWindow
  /** WeChat subscribe templates (WX_SUBSCRIBE_TEMPLATES; the demo ones locally); absent: the inbox only. */
  subscribe?: SubscribeTemplates | null
}

/** One call of one action. */
export interface ActionContext {
  /** The roster person calling, or null for an unbound WeChat user (auth.bind only). */
  caller: Person | null
  /** The caller's WeChat OPENID when the call came from the mini-program. */
  openId: string | null
  /** Inside a write these are the transaction's repositories. */
  repos: Repositories
  deps: ServiceDeps
  /** One instant for the whole call, so a call never straddles midnight. */
  now: Date
  /**
   * Runs fn in a transaction: a new one in a read action (file.register checks storage first,
   * outside any transaction, then writes), the write's own one inside a write (CloudBase cannot
   * nest transactions). fn may run more than once (Store.transaction).
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>
}

export type Handler<N extends ActionName> = (input: ParsedInputOf<N>, ctx: ActionContext) => Promise<OutputOf<N>>

/** A handler for every action: a missing one fails the typecheck. */
export type HandlerTable = { [N in ActionName]: Handler<N> }

/** The caller, who must be a roster person here. */
export function callerOf(ctx: ActionContext): Person {
  if (!ctx.caller) throw new AppError('NOT_BOUND', '请先绑定身份')
  return ctx.caller
}

/** Audit fields for a record created now by the caller. */
export function createdStamp(ctx: ActionContext): Audited {
  const at = ctx.now.toISOString()
  const by = ctx.caller?.id ?? 'system'
  return { createdAt: at, createdBy: by, updatedAt: at, updatedBy: by }
}

/** Audit fields for a change made now by the caller. */
export function updatedStamp<T extends Audited>(record: T, ctx: ActionContext): T {
  return { ...record, updatedAt: ctx.now.toISOString(), updatedBy: ctx.caller?.id ?? 'system' }
}

/** Appends one audit entry for a change. */
export async function audit(
  ctx: ActionContext,
  entity: string,
  entityId: string,
  action: string,
  after: unknown,
  reason: string | null = null
): Promise<void> {
  await ctx.repos.audit.append({
    id: newId(),
    entity,
    entityId,
    action,
    actorId: ctx.caller?.id ?? 'system',
    at: ctx.now.toISOString(),
    reason,
    after
  })
}
