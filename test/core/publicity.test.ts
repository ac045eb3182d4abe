import type { NoteDetails, PublicityItem, Role } from '../../src/core/model'
import {
  canReadUnitCounts,
  canRecordPublicity,
  canViewPublicity,
  countPublicity,
  countedDayOf,
  decidedOnProblem,
  noteOutletState,
  publicityTransitionProblem,
  subjectPublicityId,
  submittedOnProblem
} from '../../src/core/rules/publicity'

const actor = (roles: Role[], id = 'me', unitId = 'u1') => ({ id, unitId, roles })
const mine = { ownerType: 'person' as const, personId: 'me', unitId: 'u1' }
const colleague = { ownerType: 'person' as const, personId: 'other', unitId: 'u1' }
const unitItem = { ownerType: 'unit' as const, personId: null, unitId: 'u1' }
const otherUnit = { ownerType: 'unit' as const, personId: null, unitId: 'u2' }

const item = (over: Partial<PublicityItem> = {}): PublicityItem => ({
  id: 'p1',
  kind: 'article',
  ownerType: 'person',
  personId: 'me',
  unitId: 'u1',
  title: '学习体会',
  subject: null,
  outletId: 'o1',
  outletName: '日报社',
  submittedOn: '2026-12-02',
  status: 'submitted',
  publishedOn: null,
  link: null,
  pageIssue: null,
  decidedOn: null,
  countedOn: '2026-12-02',
  month: '2026-12',
  year: 2026,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawReason: null,
  createdAt: 'x',
  createdBy: 'x',
  updatedAt: 'x',
  updatedBy: 'x',
  ...over
})

describe('who may record a publicity item', () => {
  it('lets a cadre record their own and nobody else’s', () => {
    expect(canRecordPublicity(actor(['cadre']), mine)).toBe(true)
    expect(canRecordPublicity(actor(['cadre']), colleague)).toBe(false)
    expect(canRecordPublicity(actor(['cadre']), unitItem)).toBe(false)
  })
  it('lets the unit secretary record the unit’s items and its cadres’, not another unit’s', () => {
    expect(canRecordPublicity(actor(['unitSecretary']), unitItem)).toBe(true)
    expect(canRecordPublicity(actor(['unitSecretary']), colleague)).toBe(true)
    expect(canRecordPublicity(actor(['unitSecretary']), otherUnit)).toBe(false)
    expect(canRecordPublicity(actor(['unitSecretary'], 'me', 'u2'), colleague)).toBe(false)
  })
  it('does not let a unit leader record, but lets them see their unit’s', () => {
    expect(canRecordPublicity(actor(['unitLeader']), unitItem)).toBe(false)
    expect(canViewPublicity(actor(['unitLeader']), unitItem)).toBe(true)
    expect(canViewPublicity(actor(['unitLeader']), otherUnit)).toBe(false)
    expect(canViewPublicity(actor(['cadre']), colleague)).toBe(false)
  })
  it('lets the admin record for anyone', () => {
    expect(canRecordPublicity(actor(['admin'], 'a', 'u9'), otherUnit)).toBe(true)
    expect(canRecordPublicity(actor(['admin'], 'a', 'u9'), colleague)).toBe(true)
  })
  it('opens a unit’s counts to its secretary and leader and to the admin only', () => {
    expect(canReadUnitCounts(actor(['unitLeader']), 'u1')).toBe(true)
    expect(canReadUnitCounts(actor(['unitSecretary']), 'u1')).toBe(true)
    expect(canReadUnitCounts(actor(['unitSecretary']), 'u2')).toBe(false)
    expect(canReadUnitCounts(actor(['cadre', 'observer']), 'u1')).toBe(false)
    expect(canReadUnitCounts(actor(['admin'], 'a', 'u9'), 'u2')).toBe(true)
  })
})

describe('the life of an item', () => {
  it('takes an answer only while submitted', () => {
    expect(publicityTransitionProblem(item(), 'published')).toBeNull()
    expect(publicityTransitionProblem(item(), 'notUsed')).toBeNull()
    expect(publicityTransitionProblem(item(), 'submitted')).toBeNull()
  })
  it('lets a published item be corrected but not turned into not used or back to submitted', () => {
    const published = item({ status: 'published' })
    expect(publicityTransitionProblem(published, 'published')).toBeNull()
    expect(publicityTransitionProblem(published, 'notUsed')).toBe('这条报道已经刊发')
    expect(publicityTransitionProblem(published, 'submitted')).toBe('已有结果的报道不能改回“已投稿”')
  })
  it('closes a not-used item', () => {
    const closed = item({ status: 'notUsed' })
    expect(publicityTransitionProblem(closed, 'published')).toBe('这条报道已登记为不予采用')
    expect(publicityTransitionProblem(closed, 'notUsed')).toBe('这条报道已登记为不予采用')
  })
  it('changes nothing once withdrawn', () => {
    expect(publicityTransitionProblem(item({ withdrawnAt: 'x' }), 'published')).toBe('这条宣传报道已经撤回')
  })
  it('takes days up to today, an answer not before the submission', () => {
    expect(submittedOnProblem('2026-12-04', '2026-12-04')).toBeNull()
    expect(submittedOnProblem('2026-12-05', '2026-12-04')).toBe('投稿日期不能晚于今天')
    expect(decidedOnProblem('2026-12-02', '2026-12-02', '2026-12-04', 'published')).toBeNull()
    expect(decidedOnProblem('2026-12-01', '2026-12-02', '2026-12-04', 'published')).toBe('刊发日期不能早于投稿日期')
    expect(decidedOnProblem('2026-12-05', '2026-12-02', '2026-12-04', 'notUsed')).toBe('登记日期不能晚于今天')
  })
  it('counts a published item on its publication day, others on submission', () => {
    expect(countedDayOf(item({ status: 'published', publishedOn: '2027-01-03' }))).toBe('2027-01-03')
    expect(countedDayOf(item({ status: 'notUsed', publishedOn: null }))).toBe('2026-12-02')
  })
  it('gives a note one item per outlet', () => {
    expect(subjectPublicityId('note', 'n1', 'o1')).toBe(subjectPublicityId('note', 'n1', 'o1'))
    expect(subjectPublicityId('note', 'n1', 'o1')).not.toBe(subjectPublicityId('note', 'n1', 'o2'))
    expect(subjectPublicityId('note', 'n1', 'o1')).not.toBe(subjectPublicityId('session', 'n1', 'o1'))
  })
})

describe("a note's outlet state", () => {
  const legacy: NoteDetails = {
    title: 't',
    body: 'b',
    speechIds: [],
    studyIds: [],
    status: 'submitted',
    outletId: 'old',
    outletName: '旧平台',
    submittedOn: '2026-11-20',
    publishedOn: null,
    link: null
  }
  it('reads a note kept from before items from its own fields', () => {
    expect(noteOutletState(legacy, [])).toMatchObject({ status: 'submitted', outletName: '旧平台', itemId: null })
  })
  it('reads the furthest live item once there is one, whatever the note stored', () => {
    const items = [
      item({ id: 'a', status: 'notUsed', outletName: '甲' }),
      item({ id: 'b', status: 'published', outletName: '乙', publishedOn: '2026-12-03', link: 'https://x' }),
      item({ id: 'c', status: 'submitted', outletName: '丙' })
    ]
    expect(noteOutletState(legacy, items)).toMatchObject({ status: 'published', outletName: '乙', itemId: 'b' })
    expect(noteOutletState(legacy, [items[0], items[2]])).toMatchObject({ status: 'submitted', itemId: 'c' })
    expect(noteOutletState(legacy, [items[0]])).toMatchObject({ status: 'notUsed', itemId: 'a' })
  })
  it('ignores withdrawn items', () => {
    const state = noteOutletState({ ...legacy, status: 'draft' }, [item({ withdrawnAt: 'x', status: 'published' })])
    expect(state.status).toBe('draft')
  })
})

describe('counts', () => {
  it('counts live items of the period per unit and per outlet by status', () => {
    const items = [
      item({ id: '1', unitId: 'u1', outletId: 'o1' }),
      item({ id: '2', unitId: 'u1', outletId: 'o2', status: 'published' }),
      item({ id: '3', unitId: 'u2', outletId: 'o1', status: 'notUsed' }),
      item({ id: '4', unitId: 'u2', outletId: 'o1', withdrawnAt: 'x' }),
      item({ id: '5', unitId: 'u2', outletId: 'o1', month: '2026-11' }),
      item({ id: '6', unitId: 'u3', outletId: 'o1', month: '2025-12', year: 2025 })
    ]
    expect(countPublicity(items, 'unitId', { month: '2026-12' })).toEqual([
      { key: 'u1', submitted: 1, published: 1, notUsed: 0 },
      { key: 'u2', submitted: 0, published: 0, notUsed: 1 }
    ])
    expect(countPublicity(items, 'outletId', { year: 2026 })).toEqual([
      { key: 'o1', submitted: 2, published: 0, notUsed: 1 },
      { key: 'o2', submitted: 0, published: 1, notUsed: 0 }
    ])
  })
})
