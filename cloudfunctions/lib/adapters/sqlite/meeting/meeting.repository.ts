import type Database from 'better-sqlite3'
import type { Attendance, Classic, Meeting } from '../../../../../src/core/model'
import type { MeetingRepositories } from '../../../ports/meeting.port'
import { AUDITED, bit, rowCodec, rowTable } from '../codec'

function meetings(db: Database.Database): MeetingRepositories['meetings'] {
  const t = rowTable<Meeting>(
    db,
    'meetings',
    [
      ['id', 'id'],
      ['unit_id', 'unitId'],
      ['area_id', 'areaId'],
      ['kind', 'kind'],
      ['starts_at', 'startsAt'],
      ['day', 'day'],
      ['month', 'month'],
      ['year', 'year'],
      ['place', 'place'],
      ['status', 'status'],
      ['attendee_ids', 'attendeeIds'],
      ['guests', 'guests'],
      ['first_item', 'firstItem'],
      ['other_items', 'otherItems'],
      ['completed_at', 'completedAt'],
      ['withdrawn_at', 'withdrawnAt'],
      ['withdrawn_by', 'withdrawnBy'],
      ['withdraw_reason', 'withdrawReason'],
      ...AUDITED
    ],
    rowCodec<Meeting>(['attendeeIds', 'guests', 'firstItem', 'otherItems'])
  )
  const byUnit = t.lister('WHERE unit_id = ? AND year = ? ORDER BY starts_at DESC, id')
  const byYear = t.lister('WHERE year = ? ORDER BY starts_at DESC, id')
  return {
    get: t.get,
    insert: t.insert,
    update: t.update,
    listByUnit: (unitId, year) => byUnit(unitId, year),
    listByYear: (year) => byYear(year)
  }
}

function attendance(db: Database.Database): MeetingRepositories['attendance'] {
  const t = rowTable<Attendance>(
    db,
    'meeting_attendance',
    [
      ['id', 'id'],
      ['meeting_id', 'meetingId'],
      ['person_id', 'personId'],
      ['present', 'present'],
      ['via', 'via'],
      ['marked_at', 'at'],
      ['marked_by', 'by']
    ],
    rowCodec<Attendance>([], ['present'])
  )
  const upsert = db.prepare(
    `${t.sql.insert} ON CONFLICT(id) DO UPDATE SET present = excluded.present, via = excluded.via,
     marked_at = excluded.marked_at, marked_by = excluded.marked_by`
  )
  const byMeeting = t.lister('WHERE meeting_id = ? ORDER BY marked_at, id')
  return {
    get: t.get,
    async put(a) {
      upsert.run({ ...a, present: bit(a.present) })
    },
    listByMeeting: (meetingId) => byMeeting(meetingId)
  }
}

function classics(db: Database.Database): MeetingRepositories['classics'] {
  const t = rowTable<Classic>(
    db,
    'classics',
    [['id', 'id'], ['title', 'title'], ['active', 'active'], ...AUDITED],
    rowCodec<Classic>([], ['active'])
  )
  const list = t.lister('ORDER BY created_at, id')
  return { get: t.get, insert: t.insert, update: t.update, list: () => list() }
}

/** The meeting repositories on one SQLite connection (tables from migration 3). */
export function sqliteMeetingRepositories(db: Database.Database): MeetingRepositories {
  return { meetings: meetings(db), attendance: attendance(db), classics: classics(db) }
}
