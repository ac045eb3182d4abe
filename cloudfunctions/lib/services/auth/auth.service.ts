import { AppError } from '../../../../src/core/contract'
import type { OneTimeCode, Person } from '../../../../src/core/model'
import {
  CLEAN_STATE,
  activeLock,
  afterFailure,
  attemptStateOf,
  codeVoided,
  districtClock,
  recentFailures
} from '../../../../src/core/rules/login-attempts'
import { bindingIdOf } from '../../ports/bindings.port'
import { DuplicateKeyError, type Repositories } from '../../ports/store.port'
import { newId, sha256, sixDigitCode } from '../../util/ids'
import type { ActionContext, HandlerTable, ServiceDeps } from '../context'
import { audit, callerOf } from '../context'
import { areaView, personView, unitView } from '../views'

/** The code the seeded demo people of a demo database may use while the host runs in demo mode. */
export const DEMO_CODE = '123456'

/** A one-time code is good for a week: long enough to reach a cadre through their unit. */
const CODE_TTL_MS = 7 * 24 * 3600 * 1000

/**
 * The code document an unknown phone's attempt overwrites, so that attempt makes the same reads
 * and writes and gets the same answer as a wrong code for a real person (no roster enumeration).
 */
const DECOY_ID = '~unknown-phone'

const ASK_ADMIN = '请联系区委宣传部管理员重新发放'

// Every failure below keeps its writes (commitWrites): the attempt counter must survive the throw.
const badCode = () =>
  new AppError('AUTH.BAD_CODE', '手机号或验证码不正确，验证码可向区委宣传部管理员索取', { field: 'code', commitWrites: true })
const voidedCode = () =>
  new AppError('AUTH.BAD_CODE', `验证码错误次数过多，已作废，${ASK_ADMIN}`, { field: 'code', commitWrites: true })
const locked = (until: string, voided: boolean) =>
  new AppError(
    'AUTH.LOCKED',
    `验证失败次数过多，请于 ${districtClock(until)} 后再试${voided ? `；原验证码已作废，${ASK_ADMIN}` : ''}`,
    { field: 'code', commitWrites: true }
  )

/** The document of a person who has never been issued a code: nothing to guess, only failures. */
function noCode(personId: string, now: Date): OneTimeCode {
  const at = now.toISOString()
  return { personId, codeHash: '', expiresAt: at, usedAt: null, issuedBy: 'system', issuedAt: at, ...CLEAN_STATE }
}

/** Whether the stored code can still be used at `now`. */
function outstanding(stored: OneTimeCode | null, now: Date): stored is OneTimeCode {
  return !!stored && !stored.usedAt && stored.expiresAt > now.toISOString() && !codeVoided(attemptStateOf(stored))
}

/**
 * Checks a phone + code pair and consumes the code. The attempt state lives on the person's code
 * document (id = person id), so concurrent attempts write the same document and conflict instead
 * of both slipping past. A wrong code is counted (5 void the code), 5 failures in 15 minutes lock
 * the person out for 15 minutes, each failure is audited, and a correct code clears the record.
 * Demo mode accepts 123456 only for the seeded demo people of a demo database.
 * Callers run it in a transaction that commits even when it throws (AppError.commitWrites).
 */
export async function verifyCode(
  repos: Repositories,
  deps: ServiceDeps,
  phone: string,
  code: string,
  now: Date
): Promise<Person> {
  const person = await repos.people.getByPhone(phone)
  const id = person?.id ?? DECOY_ID
  const stored = await repos.codes.get(id)
  const matches = stored?.codeHash === sha256(`${id}:${code}`)
  if (!person) {
    await repos.codes.put(noCode(DECOY_ID, now))
    throw badCode()
  }
  const state = attemptStateOf(stored)
  const lock = activeLock(state, now)
  if (lock) throw locked(lock, codeVoided(state))
  const live = outstanding(stored, now)
  const demo = deps.demoMode && person.demo === true && code === DEMO_CODE
  if (demo || (live && matches)) {
    // Only a correct code learns that the account is switched off.
    if (!person.active) throw new AppError('FORBIDDEN', '该账号已停用，请联系区委宣传部')
    if (stored) await repos.codes.put({ ...stored, ...CLEAN_STATE, usedAt: demo ? stored.usedAt : now.toISOString() })
    return person
  }
  const next = afterFailure(state, now, live)
  await repos.codes.put({ ...(stored ?? noCode(person.id, now)), ...next })
  // The code died of wrong tries (now or earlier) rather than by use or age: say the admin must reissue.
  const voided = !!stored && !stored.usedAt && stored.expiresAt > now.toISOString() && codeVoided(next)
  await repos.audit.append({
    id: newId(),
    entity: 'person',
    entityId: person.id,
    action: 'code-failed',
    actorId: 'system',
    at: now.toISOString(),
    reason: null,
    after: { attempts: next.attempts, recentFailures: next.failures.length, lockedUntil: next.lockedUntil, voided }
  })
  if (next.lockedUntil) throw locked(next.lockedUntil, voided)
  if (voided) throw voidedCode()
  throw badCode()
}

/**
 * Issues (or replaces) a person's one-time code and returns it in clear, once; only its hash is
 * stored. A lock-out in force stays (it is about the person, not the code). Used by the admin's
 * action, the local host's first-admin code and the cloud bootstrap.
 */
export async function issueOneTimeCode(
  repos: Repositories,
  person: Person,
  issuedBy: string,
  now: Date
): Promise<{ code: string; expiresAt: string }> {
  const prior = attemptStateOf(await repos.codes.get(person.id))
  const code = sixDigitCode()
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS).toISOString()
  await repos.codes.put({
    personId: person.id,
    codeHash: sha256(`${person.id}:${code}`),
    expiresAt,
    usedAt: null,
    issuedBy,
    issuedAt: now.toISOString(),
    attempts: 0,
    failures: prior.failures,
    lockedUntil: prior.lockedUntil
  })
  return { code, expiresAt }
}

/** Claims the OPENID for the person inside the bind transaction; a second claim is refused by the database. */
async function claimOpenId(repos: Repositories, openId: string, personId: string, now: Date): Promise<void> {
  const taken = () => new AppError('CONFLICT', '该微信已绑定其他人员，如需更换请联系区委宣传部')
  const id = bindingIdOf(openId)
  const guard = await repos.bindings.get(id)
  if (guard) {
    if (guard.personId !== personId) throw taken()
    return
  }
  try {
    await repos.bindings.insert({ id, personId, boundAt: now.toISOString() })
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw taken()
    throw error
  }
}

async function unitName(ctx: ActionContext, unitId: string): Promise<string> {
  return (await ctx.repos.units.get(unitId))?.name ?? ''
}

export const authHandlers: Pick<HandlerTable, 'auth.bind' | 'me.get' | 'roster.codes.issue' | 'roster.codes.status'> = {
  async 'auth.bind'(input, ctx) {
    if (ctx.caller) throw new AppError('CONFLICT', '您已绑定身份，无需重复绑定')
    if (!ctx.openId) throw new AppError('CONFLICT', '请在微信小程序中绑定身份')
    const person = await verifyCode(ctx.repos, ctx.deps, input.phone, input.code, ctx.now)
    if (person.name !== input.name) throw new AppError('VALIDATION', '姓名与名册不一致，请核对', { field: 'name' })
    if (person.openId && person.openId !== ctx.openId) {
      throw new AppError('CONFLICT', '该人员已绑定其他微信，如需更换请联系区委宣传部')
    }
    // "One person per OPENID" holds by construction: a guard whose id comes from the OPENID.
    await claimOpenId(ctx.repos, ctx.openId, person.id, ctx.now)
    const bound: Person = { ...person, openId: ctx.openId, updatedAt: ctx.now.toISOString(), updatedBy: person.id }
    await ctx.repos.people.update(bound)
    await audit({ ...ctx, caller: bound }, 'person', bound.id, 'bind', { openIdBound: true })
    return { person: personView(bound, await unitName(ctx, bound.unitId)) }
  },

  async 'me.get'(_input, ctx) {
    const person = callerOf(ctx)
    const unit = await ctx.repos.units.get(person.unitId)
    const area = unit ? await ctx.repos.areas.get(unit.areaId) : null
    return {
      person: personView(person, unit?.name ?? ''),
      unit: unit ? unitView(unit, area?.name ?? '', 0) : null,
      area: area ? areaView(area, 0) : null
    }
  },

  async 'roster.codes.issue'(input, ctx) {
    const person = await ctx.repos.people.get(input.personId)
    if (!person) throw new AppError('NOT_FOUND', '找不到该人员', { field: 'personId' })
    if (!person.active) throw new AppError('CONFLICT', '该人员已停用，不能发放验证码')
    const { code, expiresAt } = await issueOneTimeCode(ctx.repos, person, callerOf(ctx).id, ctx.now)
    await audit(ctx, 'person', person.id, 'issue-code', { expiresAt })
    ctx.deps.onCodeIssued?.(person, code)
    return { personId: person.id, personName: person.name, code, expiresAt }
  },

  async 'roster.codes.status'(input, ctx) {
    const person = await ctx.repos.people.get(input.personId)
    if (!person) throw new AppError('NOT_FOUND', '找不到该人员', { field: 'personId' })
    const stored = await ctx.repos.codes.get(person.id)
    const state = attemptStateOf(stored)
    return {
      outstandingUntil: outstanding(stored, ctx.now) ? stored.expiresAt : null,
      voided: codeVoided(state),
      recentFailures: recentFailures(state, ctx.now).length,
      lockedUntil: activeLock(state, ctx.now)
    }
  }
}
