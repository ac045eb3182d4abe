import { resolveReminderSettings } from '../../../src/core/contract/reminders.contract'
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/core/reminders/settings'

describe('the reminder settings planned with', () => {
  it('are the defaults when nothing or nonsense is stored', () => {
    expect(resolveReminderSettings(undefined)).toEqual(DEFAULT_REMINDER_SETTINGS)
    expect(resolveReminderSettings('x')).toEqual(DEFAULT_REMINDER_SETTINGS)
  })

  it('take each valid obligation as stored and fall back per obligation for the rest', () => {
    const stored = {
      meetingRecord: { enabled: false, afterDays: 5 },
      studyThisMonth: { enabled: true, fromDay: 99, lastDays: 3 }, // out of range: default
      lectures: { enabled: true } // incomplete: default
    }
    expect(resolveReminderSettings(stored)).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      meetingRecord: { enabled: false, afterDays: 5 }
    })
  })
})
