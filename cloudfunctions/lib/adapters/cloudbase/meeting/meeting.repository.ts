import type { Attendance, Classic, Meeting } from '../../../../../src/core/model'
import type { MeetingRepositories } from '../../../ports/meeting.port'
import type { DocAccess, Queries } from '../access'
import { COLLECTIONS } from '../collections'
import { Entities } from '../entities'

const LATEST = ['-startsAt', 'id']

/** The meeting repositories on a CloudBase database (or a transaction's document access). */
export function cloudbaseMeetingRepositories(docs: DocAccess, queries: Queries): MeetingRepositories {
  const meetings = new Entities<Meeting>(docs, queries, COLLECTIONS.meetings, 'id')
  const attendance = new Entities<Attendance>(docs, queries, COLLECTIONS.attendance, 'id')
  const classics = new Entities<Classic>(docs, queries, COLLECTIONS.classics, 'id')
  return {
    meetings: {
      get: (id) => meetings.get(id),
      insert: (m) => meetings.insert(m),
      update: (m) => meetings.put(m),
      // A unit holds a few dozen meetings a year, the district a few thousand: read and sort in memory.
      listByUnit: (unitId, year) => meetings.all({ unitId, year }, ...LATEST),
      listByYear: (year) => meetings.all({ year }, ...LATEST)
    },
    attendance: {
      get: (id) => attendance.get(id),
      put: (a) => attendance.put(a),
      listByMeeting: (meetingId) => attendance.all({ meetingId }, 'at', 'id')
    },
    classics: {
      get: (id) => classics.get(id),
      list: () => classics.all(null, 'createdAt', 'id'),
      insert: (c) => classics.insert(c),
      update: (c) => classics.put(c)
    }
  }
}
