import { z } from 'zod'
import { ROLES } from '../model/roles'

// What the functions return. Views never carry secrets (OPENID, code hashes).

export const roleSchema = z.enum(ROLES, {
  errorMap: () => ({ message: '角色无效' })
})

export const areaView = z.object({ id: z.string(), name: z.string(), unitCount: z.number() })
export type AreaView = z.infer<typeof areaView>

export const unitView = z.object({
  id: z.string(),
  name: z.string(),
  areaId: z.string(),
  areaName: z.string(),
  kind: z.string(),
  active: z.boolean(),
  peopleCount: z.number()
})
export type UnitView = z.infer<typeof unitView>

export const personView = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  position: z.string(),
  roles: z.array(roleSchema),
  /** Has bound a WeChat account. */
  bound: z.boolean(),
  active: z.boolean()
})
export type PersonView = z.infer<typeof personView>

export const speechView = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  source: z.string(),
  link: z.string().nullable(),
  archived: z.boolean()
})
export type SpeechView = z.infer<typeof speechView>

export const studyView = z.object({
  id: z.string(),
  speechId: z.string().nullable(),
  title: z.string(),
  studiedOn: z.string(),
  minutes: z.number().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** The owner may still withdraw it (same month, not withdrawn). */
  canWithdraw: z.boolean()
})
export type StudyView = z.infer<typeof studyView>
