import type { z } from 'zod'
import type { Role } from '../model/roles'

/** One function action: its schemas, who may call it, and whether it writes. */
export interface ActionDef<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  /** One line on what it does, in English. */
  summary: string
  input: I
  output: O
  /** Roles allowed to call it; an empty list means nobody, so every action must name some. */
  roles: readonly Role[]
  /** A write needs an idempotency key and runs in one transaction. */
  write: boolean
  /** Callable by a WeChat user who has not bound to a roster person yet. */
  unbound?: boolean
  /**
   * Response fields that are secrets (a one-time code): the idempotency cache stores the response
   * without them, and a retry with the same key gets `replayMessage` (a CONFLICT) instead of the
   * first answer, because the secret is no longer anywhere to be shown.
   */
  secret?: { fields: readonly string[]; replayMessage: string }
}

/** Declares an action, keeping the literal types of its schemas. */
export function action<I extends z.ZodTypeAny, O extends z.ZodTypeAny>(def: ActionDef<I, O>): ActionDef<I, O> {
  return def
}
