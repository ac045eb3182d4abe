import type { RowError } from '../contract/errors'
import type { Role } from '../model/roles'
import { ROLE_LABELS, ROLES } from '../model/roles'
import { cleanText } from '../text'

/** The columns a roster file must have, by their Chinese headers. */
export const ROSTER_COLUMNS = {
  name: '姓名',
  phone: '手机号',
  unit: '单位',
  position: '职务',
  roles: '角色'
} as const

/** A roster row that passed every check. */
export interface RosterRow {
  row: number
  name: string
  phone: string
  unitId: string
  position: string
  roles: Role[]
}

const PHONE_RE = /^1[3-9]\d{9}$/

/** The largest roster file accepted (the page promises 5 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** The most people one file may hold: a district has a few thousand cadres. */
export const MAX_IMPORT_ROWS = 10_000

/**
 * People written per step: one bulk insert each, so a step stays far inside the function's 20 s
 * whatever the file's size (bench/import.js measures it).
 */
export const IMPORT_BATCH = 500

/** The storage folder an admin's roster files are uploaded to. */
export const importFolder = (personId: string): string => `imports/${personId}/`

/**
 * Whether a storage key is a file in the person's own import folder: a local key
 * (`imports/<id>/<name>`) or a CloudBase fileID (`cloud://<env>.<bucket>/imports/<id>/<name>`).
 */
export function isOwnImportKey(key: string, personId: string): boolean {
  const path = key.replace(/^cloud:\/\/[^/]+\//, '')
  if (!path.startsWith(importFolder(personId))) return false
  return /^[A-Za-z0-9_.-]+$/.test(path.slice(importFolder(personId).length)) && !path.includes('..')
}

/** The people of a file cut into batches of IMPORT_BATCH, in file order. */
export function batchesOf<T>(items: readonly T[], size = IMPORT_BATCH): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Accepts a role by its code (`cadre`) or its Chinese label (`党员领导干部`). */
function parseRole(token: string): Role | null {
  const t = token.trim()
  if ((ROLES as readonly string[]).includes(t)) return t as Role
  const hit = ROLES.find((r) => ROLE_LABELS[r] === t)
  return hit ?? null
}

/**
 * Checks every row of a roster sheet (first row = headers) and reports every problem by row and
 * column; the caller imports nothing unless the error list is empty.
 */
export function validateRosterRows(
  sheet: string[][],
  units: ReadonlyArray<{ id: string; name: string }>,
  existingPhones: ReadonlyMap<string, string>
): { rows: RosterRow[]; errors: RowError[] } {
  const errors: RowError[] = []
  const header = (sheet[0] ?? []).map((h) => h.trim())
  const col = {} as Record<keyof typeof ROSTER_COLUMNS, number>
  for (const [key, label] of Object.entries(ROSTER_COLUMNS) as [keyof typeof ROSTER_COLUMNS, string][]) {
    col[key] = header.indexOf(label)
    if (col[key] < 0 && key !== 'roles') errors.push({ row: 1, column: label, message: `缺少“${label}”列` })
  }
  if (errors.length) return { rows: [], errors }

  const unitByName = new Map(units.map((u) => [u.name.trim(), u.id]))
  const firstRowOfPhone = new Map<string, number>()
  const rows: RosterRow[] = []
  sheet.slice(1).forEach((cells, i) => {
    const row = i + 2
    const cell = (k: keyof typeof ROSTER_COLUMNS) => (col[k] >= 0 ? cleanText(cells[col[k]] ?? '').trim() : '')
    if (cells.every((c) => !c || !c.trim())) return // blank lines between blocks are harmless
    const name = cell('name')
    const phone = cell('phone').replace(/\s|-/g, '')
    const unitName = cell('unit')
    const position = cell('position')
    const rowErrors: RowError[] = []
    if (!name) rowErrors.push({ row, column: ROSTER_COLUMNS.name, message: '姓名不能为空' })
    else if (name.length > 20) rowErrors.push({ row, column: ROSTER_COLUMNS.name, message: '姓名不能超过20个字' })
    if (!PHONE_RE.test(phone)) {
      rowErrors.push({
        row,
        column: ROSTER_COLUMNS.phone,
        message: phone ? `手机号“${phone}”格式不对，应为11位手机号码` : '手机号不能为空'
      })
    } else if (firstRowOfPhone.has(phone)) {
      rowErrors.push({ row, column: ROSTER_COLUMNS.phone, message: `手机号与第${firstRowOfPhone.get(phone)}行重复` })
    } else if (existingPhones.has(phone)) {
      rowErrors.push({ row, column: ROSTER_COLUMNS.phone, message: `手机号已在名册中（${existingPhones.get(phone)}）` })
    }
    if (PHONE_RE.test(phone) && !firstRowOfPhone.has(phone)) firstRowOfPhone.set(phone, row)
    const unitId = unitByName.get(unitName)
    if (!unitName) rowErrors.push({ row, column: ROSTER_COLUMNS.unit, message: '单位不能为空' })
    else if (!unitId)
      rowErrors.push({ row, column: ROSTER_COLUMNS.unit, message: `没有名为“${unitName}”的单位，请先在单位管理中添加` })
    if (!position) rowErrors.push({ row, column: ROSTER_COLUMNS.position, message: '职务不能为空' })
    else if (position.length > 40) rowErrors.push({ row, column: ROSTER_COLUMNS.position, message: '职务不能超过40个字' })
    const roleTokens = cell('roles')
      .split(/[,，、;；\s]+/)
      .filter(Boolean)
    const roles: Role[] = []
    for (const token of roleTokens) {
      const role = parseRole(token)
      if (!role) rowErrors.push({ row, column: ROSTER_COLUMNS.roles, message: `不认识的角色“${token}”` })
      else if (!roles.includes(role)) roles.push(role)
    }
    if (rowErrors.length) errors.push(...rowErrors)
    else rows.push({ row, name, phone, unitId: unitId as string, position, roles: roles.length ? roles : ['cadre'] })
  })
  if (!errors.length && !rows.length) errors.push({ row: 2, column: ROSTER_COLUMNS.name, message: '文件中没有人员数据' })
  return { rows, errors }
}
