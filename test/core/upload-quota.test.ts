import type { UploadUsage } from '../../src/core/model'
import { abandonedBefore, isAbandoned } from '../../src/core/rules/files'
import { UPLOAD_QUOTA, chargeUpload, uploadUsageId } from '../../src/core/rules/upload-quota'
import { nextDistrictHour } from '../../src/core/time'

// Runs again under TZ=UTC and America/Los_Angeles (time-zones.test.ts): the day and the month are China's.

const MB = 1024 * 1024

/** Charges `n` files of `size` bytes one after another at `at`, starting from `usage`. */
function chargeMany(usage: UploadUsage | null, n: number, size: number, at: Date): UploadUsage | null {
  let current = usage
  for (let i = 0; i < n; i++) {
    const charge = chargeUpload(current, 'p1', size, at)
    if (!charge.ok) throw new Error(charge.message)
    current = charge.usage
  }
  return current
}

describe('upload quota', () => {
  it('allows 50 files a day and 200 MB a month', () => {
    expect(UPLOAD_QUOTA).toEqual({ filesPerDay: 50, bytesPerMonth: 200 * MB })
  })

  it('counts a first upload into a fresh usage of the China month and day', () => {
    const charge = chargeUpload(null, 'p1', 1000, new Date('2026-11-05T02:00:00Z'))
    expect(charge).toEqual({
      ok: true,
      usage: {
        personId: 'p1',
        month: '2026-11',
        files: 1,
        bytes: 1000,
        day: '2026-11-05',
        dayFiles: 1,
        updatedAt: '2026-11-05T02:00:00.000Z'
      }
    })
    expect(uploadUsageId('p1', '2026-11')).toBe('upload-usage.p1.2026-11')
  })

  it('refuses the 51st file of a day, and takes it again after midnight in China (16:00 UTC)', () => {
    const evening = new Date('2026-11-05T15:59:59Z') // 23:59:59 in China
    const usage = chargeMany(null, 50, 1000, evening)
    const refused = chargeUpload(usage, 'p1', 1000, evening)
    expect(refused).toEqual({ ok: false, message: '今天上传的文件已达 50 个，请明天再上传' })
    const nextDay = chargeUpload(usage, 'p1', 1000, new Date('2026-11-05T16:00:00Z'))
    expect(nextDay.ok && nextDay.usage).toMatchObject({ day: '2026-11-06', dayFiles: 1, files: 51, bytes: 51000 })
  })

  it('refuses a file that would pass 200 MB in the month, saying how much is left, and starts afresh on the 1st', () => {
    const lastEvening = new Date('2026-11-30T15:59:00Z') // 23:59 on 30 November in China
    const usage = chargeMany(null, 39, 5 * MB, lastEvening) // 195 MB
    expect(chargeUpload(usage, 'p1', 5 * MB, lastEvening).ok).toBe(true) // exactly 200 MB is fine
    expect(chargeUpload(usage, 'p1', 6 * MB, lastEvening)).toEqual({
      ok: false,
      message: '本月上传将超过 200 MB 上限：本月还可上传 5 MB，这个文件有 6 MB'
    })
    const full = chargeMany(usage, 1, 5 * MB, lastEvening)
    expect(chargeUpload(full, 'p1', 1, lastEvening)).toEqual({
      ok: false,
      message: '本月上传已达 200 MB 上限，下月 1 日起可以继续上传'
    })
    // 00:00 on 1 December in China, still 30 November in UTC.
    const december = chargeUpload(full, 'p1', 6 * MB, new Date('2026-11-30T16:00:00Z'))
    expect(december.ok && december.usage).toMatchObject({ month: '2026-12', files: 1, bytes: 6 * MB, dayFiles: 1 })
  })

  it('refuses on the day count before the month bytes', () => {
    const at = new Date('2026-11-05T02:00:00Z')
    const usage: UploadUsage = {
      personId: 'p1',
      month: '2026-11',
      files: 50,
      bytes: 200 * MB,
      day: '2026-11-05',
      dayFiles: 50,
      updatedAt: ''
    }
    expect(chargeUpload(usage, 'p1', 1, at)).toMatchObject({ message: expect.stringMatching(/^今天上传的文件已达 50 个/) })
  })
})

describe('unattached files', () => {
  it('are abandoned only when attached to nothing and registered over a day before', () => {
    const now = new Date('2026-11-06T02:00:00Z')
    const cutoff = abandonedBefore(now)
    expect(cutoff).toBe('2026-11-05T02:00:00.000Z')
    expect(isAbandoned({ recordId: null, createdAt: '2026-11-05T01:59:59.999Z' }, cutoff)).toBe(true)
    expect(isAbandoned({ recordId: null, createdAt: '2026-11-05T02:00:00.000Z' }, cutoff)).toBe(false)
    expect(isAbandoned({ recordId: 'r1', createdAt: '2026-10-01T00:00:00.000Z' }, cutoff)).toBe(false)
  })
})

describe('a daily timer in China time', () => {
  it('runs next at 09:00 in China, today when it is earlier, tomorrow when it is 09:00 or later', () => {
    expect(nextDistrictHour(new Date('2026-11-05T00:59:00Z'), 9).toISOString()).toBe('2026-11-05T01:00:00.000Z')
    expect(nextDistrictHour(new Date('2026-11-05T01:00:00Z'), 9).toISOString()).toBe('2026-11-06T01:00:00.000Z')
    // 23:30 UTC on 4 November is 07:30 on 5 November in China.
    expect(nextDistrictHour(new Date('2026-11-04T23:30:00Z'), 9).toISOString()).toBe('2026-11-05T01:00:00.000Z')
    // 16:00 UTC is midnight in China: the next 09:00 is that same China day.
    expect(nextDistrictHour(new Date('2026-11-30T16:00:00Z'), 9).toISOString()).toBe('2026-12-01T01:00:00.000Z')
  })
})
