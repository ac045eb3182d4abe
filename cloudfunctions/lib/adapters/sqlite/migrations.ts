import type Database from 'better-sqlite3'
import { authMigration } from './auth/auth.migration'
import { centralGroupMigration } from './central-group/central-group.migration'
import { importMigration } from './import/import.migration'
import { feedbackMigration } from './feedback/feedback.migration'
import { inboxMigration } from './inbox/inbox.migration'
import { idempotencyMigration } from './records/idempotency.migration'
import { meetingMigration } from './meeting/meeting.migration'
import { methodsMigration } from './methods/methods.migration'
import { modelsMigration } from './models/models.migration'
import { namesMigration } from './roster/names.migration'
import { observationMigration } from './observation/observation.migration'
import { observationSessionsMigration } from './observation/observation-sessions.migration'
import { publicityMigration } from './publicity/publicity.migration'
import { orderMigration } from './roster/order.migration'
import { remindersMigration } from './reminders/reminders.migration'
import { settingsMigration } from './settings/settings.migration'
import { studyPlanMigration } from './study-plan/study-plan.migration'
import { subscribeMigration } from './subscribe/subscribe.migration'
import { uploadsMigration } from './uploads/uploads.migration'

/** One schema step. Versions are unique and ascending, gaps allowed; a released step is never edited, only followed. */
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
  },
  methodsMigration,
  meetingMigration,
  observationMigration,
  importMigration,
  authMigration,
  namesMigration,
  uploadsMigration,
  idempotencyMigration,
  inboxMigration,
  settingsMigration,
  studyPlanMigration,
  subscribeMigration,
  remindersMigration,
  centralGroupMigration,
  observationSessionsMigration,
  publicityMigration,
  feedbackMigration,
  modelsMigration,
  orderMigration
]

/** Thrown when the file was written by a newer version of the app than this one. */
export class SchemaTooNewError extends Error {
  constructor(file: string, found: number, known: number) {
    super(`数据库 ${file} 的结构版本（${found}）比本程序支持的（${known}）更新，请升级程序后再启动`)
    this.name = 'SchemaTooNewError'
  }
}

/** The highest version of a list of steps (0 for none). */
export function latestVersion(steps: readonly Migration[] = MIGRATIONS): number {
  return steps.reduce((max, step) => Math.max(max, step.version), 0)
}

/**
 * Applies every step the file has not seen, lowest version first, each in its own transaction
 * together with its row in schema_steps and the new user_version, so a crash mid-way leaves the
 * file at the last complete step. Versions need not be contiguous: issues reserve numbers and may
 * land in any order, so a file already at step 4 still gets step 2 when it arrives. user_version
 * holds the highest applied version. Returns it.
 */
export function migrate(db: Database.Database, file: string, steps: readonly Migration[] = MIGRATIONS): number {
  const ordered = [...steps].sort((a, b) => a.version - b.version)
  ordered.forEach((step, i) => {
    if (!Number.isInteger(step.version) || step.version < 1) throw new Error(`migration ${step.name} has version ${step.version}`)
    if (i > 0 && ordered[i - 1].version === step.version) throw new Error(`two migrations have version ${step.version}`)
  })
  const known = latestVersion(ordered)
  const applied = appliedVersions(db)
  const unknown = [...applied].filter((v) => !ordered.some((step) => step.version === v))
  if (unknown.length > 0) throw new SchemaTooNewError(file, Math.max(...unknown), known)
  const record = db.prepare('INSERT INTO schema_steps (version, name, applied_at) VALUES (?, ?, ?)')
  for (const step of ordered) {
    if (applied.has(step.version)) continue
    db.transaction(() => {
      step.up(db)
      record.run(step.version, step.name, new Date().toISOString())
      applied.add(step.version)
      // PRAGMA takes no bound parameters; the version is an integer we control.
      db.pragma(`user_version = ${Math.max(...applied)}`)
    }).immediate()
  }
  return applied.size ? Math.max(...applied) : 0
}

/**
 * The versions a file has applied. Files from before schema_steps existed were migrated in order,
 * so their user_version N means steps 1..N: record those once.
 */
function appliedVersions(db: Database.Database): Set<number> {
  return db
    .transaction(() => {
      db.exec(
        'CREATE TABLE IF NOT EXISTS schema_steps (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)'
      )
      const rows = db.prepare('SELECT version FROM schema_steps').all() as Array<{ version: number }>
      const current = db.pragma('user_version', { simple: true }) as number
      if (rows.length === 0 && current > 0) {
        const insert = db.prepare("INSERT INTO schema_steps (version, name, applied_at) VALUES (?, 'before schema_steps', ?)")
        for (let v = 1; v <= current; v++) insert.run(v, new Date().toISOString())
        return new Set(Array.from({ length: current }, (_, i) => i + 1))
      }
      return new Set(rows.map((r) => r.version))
    })
    .immediate()
}
