import Database from 'better-sqlite3'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { createCloudbaseStore } from '../../cloudfunctions/lib/adapters/cloudbase'
import { openSqliteStore } from '../../cloudfunctions/lib/adapters/sqlite'
import type { Failure } from '../../src/core/contract'
import { FakeCloudbase } from '../store/cloudbase-fake'
import { dataOf, makeWorld } from './world'

const failure = (r: unknown) => r as Failure
/** The code as a value of its own (not by chance inside a hash or an id). */
const standalone = (code: string) => new RegExp(`(?<![0-9a-f])${code}(?![0-9a-f])`)

/** Every row of every table of a SQLite file, as text. */
function dumpSqlite(file: string): string {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>
    return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n')
  } finally {
    db.close()
  }
}

describe('router: secrets are never stored in the idempotency cache', () => {
  it('SQLite: after issuing a code no row anywhere holds it, and a retry says to issue again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-secret-'))
    const file = path.join(dir, 'theory.db')
    try {
      const w = await makeWorld({ store: openSqliteStore(file) })
      const admin = w.as(w.people.admin)
      const first = await admin('roster.codes.issue', { personId: w.people.cadre.id }, 'issue-key-0001')
      const { code } = dataOf<{ code: string }>(first)
      const retry = failure(await admin('roster.codes.issue', { personId: w.people.cadre.id }, 'issue-key-0001'))
      expect([retry.code, retry.message]).toEqual(['CONFLICT', '验证码已发放，出于安全不再显示；如需查看，请重新发放'])
      await w.store.close()
      const everything = dumpSqlite(file)
      expect(everything).toContain('roster.codes.issue') // the cache entry is there …
      expect(everything).not.toMatch(standalone(code)) // … without the code
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('CloudBase: no document anywhere holds the code', async () => {
    const fake = new FakeCloudbase()
    const w = await makeWorld({ store: createCloudbaseStore(fake) })
    const { code } = dataOf<{ code: string }>(
      await w.as(w.people.admin)('roster.codes.issue', { personId: w.people.cadre.id }, 'issue-key-0002')
    )
    const everything = JSON.stringify([...fake.tables.entries()].map(([name, docs]) => [name, [...docs.values()]]))
    expect(everything).toContain('roster.codes.issue')
    expect(everything).not.toMatch(standalone(code))
  })
})

describe('router: identity and keys', () => {
  it('refuses an idempotency key with bad characters anywhere, not only at the end', async () => {
    const w = await makeWorld()
    const input = { title: '学习', studiedOn: '2026-11-20' }
    for (const key of ['!!!!valid-key-0001', 'valid-key-0001!!!!', 'short']) {
      const r = failure(await w.as(w.people.cadre)('study.record', input, key))
      expect([key, r.code, r.field]).toEqual([key, 'VALIDATION', 'idempotencyKey'])
    }
    expect(await w.as(w.people.cadre)('study.record', input, 'valid-key-0001')).toMatchObject({ ok: true })
  })

  it('treats a signed-in caller whose person record is gone as signed out', async () => {
    const w = await makeWorld()
    const r = failure(await w.call({ kind: 'person', personId: 'p-deleted' }, 'me.get', {}))
    expect([r.code, r.message]).toEqual(['UNAUTHENTICATED', '登录已失效，请重新登录'])
  })
})

describe('router: one person per WeChat account, by construction', () => {
  it.each([
    ['SQLite', () => openSqliteStore(':memory:')],
    ['CloudBase (fake)', () => createCloudbaseStore(new FakeCloudbase())]
  ])('%s: two simultaneous binds of one OPENID to two people: one wins, the other is refused', async (_name, makeStore) => {
    const w = await makeWorld({ store: makeStore() })
    const admin = w.as(w.people.admin)
    const a = w.people.cadre
    const b = w.people.otherCadre
    const codeA = dataOf<{ code: string }>(await admin('roster.codes.issue', { personId: a.id })).code
    const codeB = dataOf<{ code: string }>(await admin('roster.codes.issue', { personId: b.id })).code
    const wechat = { kind: 'openId', openId: 'o-shared' } as const
    const results = await Promise.all([
      w.call(wechat, 'auth.bind', { name: a.name, phone: a.phone, code: codeA }),
      w.call(wechat, 'auth.bind', { name: b.name, phone: b.phone, code: codeB })
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const refused = failure(results.find((r) => !r.ok))
    expect([refused.code, refused.message]).toEqual(['CONFLICT', '该微信已绑定其他人员，如需更换请联系区委宣传部'])
    const bound = [await w.store.people.get(a.id), await w.store.people.get(b.id)].filter((p) => p?.openId === 'o-shared')
    expect(bound).toHaveLength(1)
  })
})
