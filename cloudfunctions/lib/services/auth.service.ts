import { AppError } from '../../../src/core/contract'
import type { Person } from '../../../src/core/model'
import type { Repositories } from '../ports/store.port'
import { sha256, sixDigitCode } from '../util/ids'
import type { ActionContext, HandlerTable, ServiceDeps } from './context'
import { audit, callerOf } from './context'
import { areaView, personView, unitView } from './views'

/** The code every seeded demo person may use while the host runs in demo mode. */
export const DEMO_CODE = '123456'

/** A one-time code is good for a week: long enough to reach a cadre through their unit. */
const CODE_TTL_MS = 7 * 24 * 3600 * 1000

const badCode = () => new AppError('AUTH.BAD_CODE', '手机号或验证码不正确，验证码可向区委宣传部管理员索取', { field: 'code' })

/**
 * Checks a phone + code pair and consumes the code. Demo mode accepts 123456 for anyone on the
 * roster; otherwise only the unexpired, unused code the admin issued.
 */
export async function verifyCode(
  repos: Repositories,
  deps: ServiceDeps,
  phone: string,
  code: string,
  now: Date
): Promise<Person> {
  const person = await repos.people.getByPhone(phone)
  if (!person) throw badCode()
  if (!person.active) throw new AppError('FORBIDDEN', '该账号已停用，请联系区委宣传部')
  if (deps.demoMode && code === DEMO_CODE) return person
  const stored = await repos.codes.get(person.id)
  if (!stored || stored.usedAt || stored.expiresAt <= now.toISOString() || stored.codeHash !== sha256(`${person.id}:${code}`)) {
    throw badCode()
  }
  await repos.codes.put({ ...stored, usedAt: now.toISOString() })
  return person
}

/**
 * Issues (or replaces) a person's one-time code and returns it in clear, once; only its hash is
 * stored. Used by the admin's action, the local host's first-admin code and the cloud bootstrap.
 */
export async function issueOneTimeCode(
  repos: Repositories,
  person: Person,
  issuedBy: string,
  now: Date
): Promise<{ code: string; expiresAt: string }> {
  const code = sixDigitCode()
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS).toISOString()
  await repos.codes.put({
    personId: person.id,
    codeHash: sha256(`${person.id}:${code}`),
    expiresAt,
    usedAt: null,
    issuedBy,
    issuedAt: now.toISOString()
  })
  return { code, expiresAt }
}

async function unitName(ctx: ActionContext, unitId: string): Promise<string> {
  return (await ctx.repos.units.get(unitId))?.name ?? ''
}

export const authHandlers: Pick<HandlerTable, 'auth.bind' | 'me.get' | 'roster.codes.issue'> = {
  async 'auth.bind'(input, ctx) {
    if (ctx.caller) throw new AppError('CONFLICT', '您已绑定身份，无需重复绑定')
    if (!ctx.openId) throw new AppError('CONFLICT', '请在微信小程序中绑定身份')
    const person = await verifyCode(ctx.repos, ctx.deps, input.phone, input.code, ctx.now)
    if (person.name !== input.name) throw new AppError('VALIDATION', '姓名与名册不一致，请核对', { field: 'name' })
    if (person.openId && person.openId !== ctx.openId) {
      throw new AppError('CONFLICT', '该人员已绑定其他微信，如需更换请联系区委宣传部')
    }
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
  }
}
