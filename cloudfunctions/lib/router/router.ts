import type { ActionDef, ApiRequest, Failure, Result } from '../../../src/core/contract'
import { AppError, actionDef, parseInput } from '../../../src/core/contract'
import type { Person } from '../../../src/core/model'
import { hasAnyRole } from '../../../src/core/model/roles'
import type { Identity } from '../ports/identity.port'
import type { Repositories, Store } from '../ports/store.port'
import type { ActionContext, ServiceDeps } from '../services/context'
import { handlers } from '../services'
import { sha256 } from '../util/ids'

export interface RouterDeps extends ServiceDeps {
  store: Store
  /** Validate every response against its schema (tests turn this on). */
  checkOutput?: boolean
}

const KEY_RE = /^[A-Za-z0-9_.:-]{8,100}$/

/**
 * Runs fn in one transaction. A failure marked `commitWrites` (a wrong code's attempt counter)
 * commits what fn wrote and is answered afterwards; any other failure rolls everything back.
 */
export async function transactionKeepingFailures<T>(store: Store, fn: (tx: Repositories) => Promise<T>): Promise<T> {
  const outcome = await store.transaction(async (tx): Promise<{ value: T } | { failure: AppError }> => {
    try {
      return { value: await fn(tx) }
    } catch (error) {
      if (error instanceof AppError && error.commitWrites) return { failure: error }
      throw error
    }
  })
  if ('failure' in outcome) throw outcome.failure
  return outcome.value
}

/** A copy of a response object without the named (secret) fields. */
function withoutFields(output: unknown, fields: readonly string[]): unknown {
  if (typeof output !== 'object' || output === null) return output
  return Object.fromEntries(Object.entries(output).filter(([field]) => !fields.includes(field)))
}

/** Resolves the caller: a roster person, an unbound WeChat user, or an error. */
async function resolveCaller(
  store: Store,
  identity: Identity,
  def: ActionDef
): Promise<{ caller: Person | null; openId: string | null }> {
  if (identity.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', '请先登录')
  const person =
    identity.kind === 'openId' ? await store.people.getByOpenId(identity.openId) : await store.people.get(identity.personId)
  const openId = identity.kind === 'openId' ? identity.openId : null
  if (!person) {
    if (def.unbound && openId) return { caller: null, openId }
    throw identity.kind === 'openId'
      ? new AppError('NOT_BOUND', '请先绑定身份')
      : new AppError('UNAUTHENTICATED', '登录已失效，请重新登录')
  }
  if (!person.active) throw new AppError('FORBIDDEN', '该账号已停用，请联系区委宣传部')
  return { caller: person, openId }
}

/**
 * The `api` function's pipeline: identity → validate → authorise → service, with writes run in
 * one transaction that also stores the response under the idempotency key, so a retry gets the
 * first answer and nothing is counted twice.
 */
export function createRouter(deps: RouterDeps) {
  const { store } = deps

  async function run(request: ApiRequest, identity: Identity): Promise<unknown> {
    const def = actionDef(String(request?.action ?? ''))
    if (!def) throw new AppError('NOT_FOUND', '未知的操作')
    const name = request.action as keyof typeof handlers
    const { caller, openId } = await resolveCaller(store, identity, def)
    // Authorise before validating, so a caller without the role learns nothing about the input.
    if (caller && !hasAnyRole(caller.roles, def.roles)) throw new AppError('FORBIDDEN', '您没有权限进行此操作')
    const input = parseInput(def.input, request.input)
    const handler = handlers[name] as (input: unknown, ctx: ActionContext) => Promise<unknown>
    const now = deps.clock.now()
    const context = (repos: Repositories, transaction: ActionContext['transaction']): ActionContext => ({
      caller,
      openId,
      repos,
      deps,
      now,
      transaction
    })

    if (!def.write) {
      const own = <T>(fn: (tx: Repositories) => Promise<T>): Promise<T> => store.transaction(fn)
      return checked(def, await handler(input, context(store, own)))
    }

    const key = request.idempotencyKey
    if (typeof key !== 'string' || !KEY_RE.test(key)) {
      throw new AppError('VALIDATION', '缺少有效的请求编号（idempotencyKey），请刷新后重试', { field: 'idempotencyKey' })
    }
    const who = caller?.id ?? `openid:${openId}`
    const entryId = sha256(`${who}|${name}|${key}`)
    return transactionKeepingFailures(store, async (tx) => {
      const prior = await tx.idempotency.get(entryId)
      if (prior) {
        if (def.secret) throw new AppError('CONFLICT', def.secret.replayMessage)
        return prior.response
      }
      const inline = <T>(fn: (inner: Repositories) => Promise<T>): Promise<T> => fn(tx)
      const output = checked(def, await handler(input, context(tx, inline)))
      const response = def.secret ? withoutFields(output, def.secret.fields) : output
      await tx.idempotency.put({ id: entryId, personId: who, action: name, createdAt: now.toISOString(), response })
      return output
    })
  }

  function checked(def: ActionDef, output: unknown): unknown {
    if (deps.checkOutput) def.output.parse(output)
    return output
  }

  /** Handles one request; never throws, never leaks a stack trace. */
  return async function handle(request: ApiRequest, identity: Identity): Promise<Result<unknown>> {
    try {
      return { ok: true, data: await run(request, identity) }
    } catch (error) {
      if (error instanceof AppError) return error.toFailure()
      deps.log.error('api action failed', {
        action: request?.action,
        error: error instanceof Error ? error.stack : String(error)
      })
      const failure: Failure = { ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' }
      return failure
    }
  }
}

export type ApiHandle = ReturnType<typeof createRouter>
