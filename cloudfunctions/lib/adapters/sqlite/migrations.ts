import type Database from 'better-sqlite3'

/** One schema step. Versions are consecutive from 1; a released step is never edited, only followed. */
export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}

const AUDITED = `created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL`

/**
 * The schema history. Later issues append steps; PRAGMA user_version records how far a file got.
 * Real columns (not JSON blobs) so every query the store port asks can use an index.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'roster, speech catalogue, self-study, audit, idempotency',
    up(db) {
      db.exec(`
        CREATE TABLE areas (id TEXT PRIMARY KEY, name TEXT NOT NULL, ${AUDITED});
        CREATE TABLE units (
          id TEXT PRIMARY KEY, name TEXT NOT NULL, area_id TEXT NOT NULL, kind TEXT NOT NULL,
          active INTEGER NOT NULL, ${AUDITED});
        CREATE INDEX units_area ON units (area_id);
        CREATE TABLE people (
          id TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT NOT NULL, unit_id TEXT NOT NULL,
          position TEXT NOT NULL, roles TEXT NOT NULL, open_id TEXT, active INTEGER NOT NULL, ${AUDITED});
        CREATE UNIQUE INDEX people_phone ON people (phone);
        -- Most people have not bound WeChat yet: only bound OPENIDs must be unique.
        CREATE UNIQUE INDEX people_open_id ON people (open_id) WHERE open_id IS NOT NULL;
        CREATE INDEX people_unit_name ON people (unit_id, name);
        CREATE TABLE codes (
          person_id TEXT PRIMARY KEY, code_hash TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT,
          issued_by TEXT NOT NULL, issued_at TEXT NOT NULL);
        CREATE TABLE speeches (
          id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, link TEXT,
          archived INTEGER NOT NULL, ${AUDITED});
        CREATE INDEX speeches_date ON speeches (date DESC, title);
        CREATE TABLE studies (
          id TEXT PRIMARY KEY, person_id TEXT NOT NULL, unit_id TEXT NOT NULL, speech_id TEXT, title TEXT NOT NULL,
          studied_on TEXT NOT NULL, month TEXT NOT NULL, minutes INTEGER, note TEXT,
          withdrawn_at TEXT, withdrawn_by TEXT, withdraw_reason TEXT, ${AUDITED});
        CREATE INDEX studies_person_month ON studies (person_id, month);
        CREATE INDEX studies_unit_month ON studies (unit_id, month);
        CREATE TABLE audit (
          id TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL,
          actor_id TEXT NOT NULL, at TEXT NOT NULL, reason TEXT, after TEXT);
        CREATE INDEX audit_entity ON audit (entity, entity_id, at);
        CREATE TABLE idempotency (
          id TEXT PRIMARY KEY, person_id TEXT NOT NULL, action TEXT NOT NULL, created_at TEXT NOT NULL,
          response TEXT);
      `)
    }
  }
]

/** Thrown when the file was written by a newer version of the app than this one. */
export class SchemaTooNewError extends Error {
  constructor(file: string, found: number, known: number) {
    super(`数据库 ${file} 的结构版本（${found}）比本程序支持的（${known}）更新，请升级程序后再启动`)
    this.name = 'SchemaTooNewError'
  }
}

/**
 * Applies the steps the file has not seen yet, each in its own transaction together with the new
 * user_version, so a crash mid-way leaves the file at the last complete step. Returns the version.
 */
export function migrate(db: Database.Database, file: string, steps: readonly Migration[] = MIGRATIONS): number {
  steps.forEach((step, i) => {
    if (step.version !== i + 1) throw new Error(`migration ${step.name} has version ${step.version}, expected ${i + 1}`)
  })
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > steps.length) throw new SchemaTooNewError(file, current, steps.length)
  for (const step of steps.slice(current)) {
    db.transaction(() => {
      step.up(db)
      // PRAGMA takes no bound parameters; the version is an integer we control.
      db.pragma(`user_version = ${step.version}`)
    }).immediate()
  }
  return steps.length
}
