import { attachmentRef, cleanFileName, fileProblem, parseAttachmentRef, sniffType } from '../../src/core/rules/files'
import { DOCX } from './zip-fixture'
import {
  canViewRecord,
  canWithdrawRecord,
  countGivenLectures,
  isCounted,
  lectureProgress,
  quotasFor,
  recordDateProblem,
  xuexiMonthProblem
} from '../../src/core/rules/methods'
import { dayOf, monthOf, yearOf } from '../../src/core/time'

const lecture = (year: number, counted: boolean, withdrawnAt: string | null = null) => ({
  kind: 'lecture' as const,
  year,
  counted,
  withdrawnAt
})

describe('lecture quota (district leaders, 2 a year)', () => {
  it('counts given lectures only, per district year', () => {
    const records = [lecture(2026, true), lecture(2026, false), lecture(2026, true, 'x'), lecture(2025, true)]
    expect(countGivenLectures(records, 2026)).toBe(1)
    expect(isCounted('lecture', { status: 'planned' } as never)).toBe(false)
    expect(isCounted('lecture', { status: 'given' } as never)).toBe(true)
    expect(isCounted('note', {} as never)).toBe(true)
  })

  it('counts a lecture only when it is a given lecture of that year, not withdrawn', () => {
    const note = { kind: 'note' as const, year: 2026, counted: true, withdrawnAt: null }
    // Each record fails exactly one condition, so each condition is needed on its own.
    expect(countGivenLectures([lecture(2026, true, '2026-11-01T00:00:00.000Z')], 2026)).toBe(0)
    expect(countGivenLectures([lecture(2025, true)], 2026)).toBe(0)
    expect(countGivenLectures([lecture(2027, true)], 2026)).toBe(0)
    expect(countGivenLectures([lecture(2026, false)], 2026)).toBe(0)
    expect(countGivenLectures([note], 2026)).toBe(0)
    expect(countGivenLectures([lecture(2026, true), lecture(2026, true), note], 2026)).toBe(2)
  })

  it('shows x/2 to district leaders and nothing to others', () => {
    const q = quotasFor(null)
    expect(lectureProgress(['districtLeader'], 2, q)).toEqual({ count: 2, quota: 2, met: true })
    expect(lectureProgress(['cadre'], 2, q)).toBeNull()
    expect(quotasFor({ speechesPerMonth: 6, lecturesPerYear: 3 })).toEqual({ speechesPerMonth: 6, lecturesPerYear: 3 })
  })

  it('puts a lecture given late on 31 Dec (UTC) in the next China year', () => {
    const at = new Date('2026-12-31T16:30:00Z')
    expect([dayOf(at), monthOf(at), yearOf(at)]).toEqual(['2027-01-01', '2027-01', 2027])
  })
})

describe('record dates', () => {
  it('refuses the future, except for a planned lecture', () => {
    expect(recordDateProblem('outreach', '2026-11-21', '2026-11-20')).toBe('日期不能晚于今天')
    expect(recordDateProblem('lecture', '2026-12-01', '2026-11-20', true)).toBeNull()
    expect(recordDateProblem('lecture', '2026-12-01', '2026-11-20')).toMatch(/登记为“计划”/)
  })

  it('takes a planned lecture from the first of last month on, and not before', () => {
    expect(recordDateProblem('lecture', '2026-10-01', '2026-11-20', true)).toBeNull()
    expect(recordDateProblem('lecture', '2026-09-30', '2026-11-20', true)).toBe('计划日期不能早于上月')
    expect(recordDateProblem('lecture', '2026-12-01', '2027-01-05', true)).toBeNull()
    expect(recordDateProblem('lecture', '2026-11-30', '2027-01-05', true)).toBe('计划日期不能早于上月')
    expect(recordDateProblem('lecture', '2027-12-31', '2027-01-05', true)).toBeNull()
  })

  it('takes late entries for this and last month, and lectures for the whole year', () => {
    expect(recordDateProblem('exchange', '2026-10-01', '2026-11-30')).toBeNull()
    expect(recordDateProblem('exchange', '2026-09-30', '2026-11-30')).toBe('只能补记本月和上月的记录')
    expect(recordDateProblem('lecture', '2026-03-01', '2026-11-30')).toBeNull()
    // In January, last December's lecture is still last month.
    expect(recordDateProblem('lecture', '2026-12-15', '2027-01-05')).toBeNull()
    expect(recordDateProblem('lecture', '2026-11-15', '2027-01-05')).toBe('只能补记本月和上月的记录')
  })

  it('takes a 学习强国 report for this month or last month only', () => {
    expect(xuexiMonthProblem('2026-11', '2026-12-01')).toBeNull()
    expect(xuexiMonthProblem('2027-01', '2026-12-31')).toBe('不能填报以后的月份')
    expect(xuexiMonthProblem('2026-10', '2026-12-01')).toBe('只能填报本月和上月')
  })
})

describe('withdrawal and visibility', () => {
  const rec = { kind: 'note' as const, date: '2026-11-03', counted: true, withdrawnAt: null, sourceMeetingId: null }
  it('lets a record be withdrawn in its month, a lecture in its year, a meeting record never', () => {
    expect(canWithdrawRecord(rec, '2026-11-30')).toBe(true)
    expect(canWithdrawRecord(rec, '2026-12-01')).toBe(false)
    expect(canWithdrawRecord({ ...rec, kind: 'lecture' }, '2026-12-31')).toBe(true)
    expect(canWithdrawRecord({ ...rec, kind: 'lecture' }, '2027-01-01')).toBe(false)
    expect(canWithdrawRecord({ ...rec, kind: 'lecture', counted: false }, '2027-05-01')).toBe(true)
    expect(canWithdrawRecord({ ...rec, sourceMeetingId: 'm1' }, '2026-11-30')).toBe(false)
  })

  it("shows a record to its owner, its unit's secretary and leader, and the admin only", () => {
    const r = { personId: 'p1', unitId: 'u1' }
    expect(canViewRecord({ id: 'p1', unitId: 'u1', roles: ['cadre'] }, r)).toBe(true)
    expect(canViewRecord({ id: 'p2', unitId: 'u1', roles: ['unitLeader'] }, r)).toBe(true)
    expect(canViewRecord({ id: 'p3', unitId: 'u2', roles: ['unitLeader'] }, r)).toBe(false)
    expect(canViewRecord({ id: 'p4', unitId: 'u1', roles: ['cadre', 'observer'] }, r)).toBe(false)
    expect(canViewRecord({ id: 'p5', unitId: 'u9', roles: ['admin'] }, r)).toBe(true)
    // A district leader the admin let read the district; not one left out.
    expect(canViewRecord({ id: 'p6', unitId: 'u9', roles: ['cadre', 'districtLeader'], readsDistrict: true }, r)).toBe(true)
    expect(canViewRecord({ id: 'p6', unitId: 'u9', roles: ['cadre', 'districtLeader'], readsDistrict: false }, r)).toBe(false)
  })
})

describe('file types by content', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b)
  const text = (s: string) => new TextEncoder().encode(s)
  it('knows jpg, png, webp, pdf and docx by their first bytes', () => {
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png')
    expect(sniffType(text('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp')
    expect(sniffType(text('%PDF-1.4'))).toBe('application/pdf')
    expect(sniffType(DOCX)).toMatch(/wordprocessingml/)
  })

  it('refuses a script named .jpg, a plain zip, and oversized files', () => {
    expect(sniffType(text('<script>alert(1)</script>'))).toBeNull()
    expect(sniffType(text('PK\x03\x04....other.txt'))).toBeNull()
    expect(fileProblem(null, 10)).toMatch(/只能上传/)
    expect(fileProblem('image/png', 10 * 1024 * 1024 + 1)).toBe('图片不能超过 10 MB')
    expect(fileProblem('application/pdf', 20 * 1024 * 1024 + 1)).toBe('文档不能超过 20 MB')
    expect(fileProblem('application/pdf', 0)).toBe('文件是空的，请重新选择')
    expect(cleanFileName('../../etc/passwd\u0000.jpg', 'image/jpeg')).toBe('passwd.jpg')
  })
})

describe('what a file is attached to', () => {
  it('keeps a method record’s bare id and prefixes a score sheet’s, and reads both back', () => {
    expect(attachmentRef({ owner: 'record', id: 'abc123' })).toBe('abc123')
    expect(attachmentRef({ owner: 'scoreSheet', id: 'obs1.p1' })).toBe('scoreSheet:obs1.p1')
    expect(parseAttachmentRef('scoreSheet:obs1.p1')).toEqual({ owner: 'scoreSheet', id: 'obs1.p1' })
    expect(parseAttachmentRef('abc123')).toEqual({ owner: 'record', id: 'abc123' })
    // Only known prefixes name another owner.
    expect(parseAttachmentRef('record:x')).toEqual({ owner: 'record', id: 'record:x' })
    expect(parseAttachmentRef('other:x')).toEqual({ owner: 'record', id: 'other:x' })
  })
})
