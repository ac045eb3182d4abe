import { AppError } from '../../../../src/core/contract'
import type { Audited, Person } from '../../../../src/core/model'
import { phone as phoneField, text } from '../../../../src/core/contract/fields'
import { parseInput } from '../../../../src/core/contract'
import { z } from 'zod'
import type { Store } from '../../ports/store.port'
import { newId } from '../../util/ids'
import { issueOneTimeCode } from './auth.service'

/** Who the first admin is, and the unit and area to put them in if the roster is empty. */
export const firstAdminInput = z.object({
  name: text('姓名', 20),
  phone: phoneField(),
  unitName: text('单位名称', 40).default('区委宣传部'),
  areaName: text('片区名称', 30).default('区直机关片区')
})
export type FirstAdminInput = z.input<typeof firstAdminInput>

/**
 * Makes sure a fresh production roster has an admin who can log in: creates the area, unit and
 * person when missing (or adds the admin role to an existing person with that phone) and issues
 * a one-time code for binding WeChat. Run once after the first deploy; running it again only
 * issues a new code.
 */
export async function ensureFirstAdmin(
  store: Store,
  raw: FirstAdminInput,
  now: Date
): Promise<{ person: Person; code: string; expiresAt: string }> {
  const input = parseInput(firstAdminInput, raw)
  const stamp: Audited = {
    createdAt: now.toISOString(),
    createdBy: 'bootstrap',
    updatedAt: now.toISOString(),
    updatedBy: 'bootstrap'
  }
  return store.transaction(async (tx) => {
    let person = await tx.people.getByPhone(input.phone)
    if (person && person.name !== input.name) {
      throw new AppError('CONFLICT', `手机号 ${input.phone} 已属于${person.name}，请核对姓名`, { field: 'phone' })
    }
    if (!person) {
      let area = (await tx.areas.list()).find((a) => a.name === input.areaName)
      if (!area) {
        area = { id: newId(), name: input.areaName, ...stamp }
        await tx.areas.insert(area)
      }
      let unit = (await tx.units.list()).find((u) => u.name === input.unitName)
      if (!unit) {
        unit = { id: newId(), name: input.unitName, areaId: area.id, kind: '党组', active: true, ...stamp }
        await tx.units.insert(unit)
      }
      person = {
        id: newId(),
        name: input.name,
        phone: input.phone,
        unitId: unit.id,
        position: '管理员',
        roles: ['admin'],
        openId: null,
        active: true,
        ...stamp
      }
      await tx.people.insert(person)
    } else if (!person.roles.includes('admin') || !person.active) {
      person = {
        ...person,
        roles: [...new Set([...person.roles, 'admin' as const])],
        active: true,
        updatedAt: stamp.updatedAt,
        updatedBy: 'bootstrap'
      }
      await tx.people.update(person)
    }
    const { code, expiresAt } = await issueOneTimeCode(tx, person, 'bootstrap', now)
    await tx.audit.append({
      id: newId(),
      entity: 'person',
      entityId: person.id,
      action: 'bootstrap-admin',
      actorId: 'bootstrap',
      at: now.toISOString(),
      reason: null,
      after: { expiresAt }
    })
    return { person, code, expiresAt }
  })
}
