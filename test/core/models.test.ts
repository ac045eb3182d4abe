import { KIND_SUBJECTS, MODEL_KINDS, nominationIdOf } from '../../src/core/model'
import {
  defaultTitle,
  evidenceProblem,
  mayOpenEvidence,
  namingYearProblem,
  nominationRight,
  nominationYears,
  transitionProblem,
  type EvidenceFacts,
  type NominatorFacts,
  type ObservedFacts,
  type SubjectFacts
} from '../../src/core/rules/models'
import { dayOf } from '../../src/core/time'

const admin: NominatorFacts = { id: 'adm', roles: ['admin'], unitId: 'u0' }
const secretary: NominatorFacts = { id: 'sec', roles: ['unitSecretary'], unitId: 'u1' }
const cadre: NominatorFacts = { id: 'c1', roles: ['cadre'], unitId: 'u1' }
const observer: NominatorFacts = { id: 'obs', roles: ['observer', 'cadre'], unitId: 'u9' }

const person: SubjectFacts = { type: 'person', id: 'c1', unitId: 'u1' }
const unit: SubjectFacts = { type: 'unit', id: 'u1', unitId: 'u1' }
const session: SubjectFacts = { type: 'session', id: 's1', unitId: 'u1' }
const otherUnit: SubjectFacts = { type: 'unit', id: 'u2', unitId: 'u2' }
const otherPerson: SubjectFacts = { type: 'person', id: 'c2', unitId: 'u2' }

const observed = (over: Partial<ObservedFacts> = {}): ObservedFacts => ({
  sessionId: 's1',
  unitId: 'u1',
  groupMemberIds: ['lead', 'obs'],
  scored: true,
  ...over
})

describe('which subjects each kind takes', () => {
  it('takes people or units for the three kinds of 典型, a unit for 示范班 and a session for 示范课', () => {
    expect(KIND_SUBJECTS.fiveMethods).toEqual(['person', 'unit'])
    expect(KIND_SUBJECTS.internalised).toEqual(['person', 'unit'])
    expect(KIND_SUBJECTS.appliedLearning).toEqual(['person', 'unit'])
    expect(KIND_SUBJECTS.demoGroup).toEqual(['unit'])
    expect(KIND_SUBJECTS.demoSession).toEqual(['session'])
  })

  it('refuses a person as 示范课 even for the admin, naming the subject', () => {
    expect(nominationRight(admin, 'demoSession', person, null)).toEqual({
      ok: false,
      field: 'subject',
      message: '中心组学习示范课只能推荐中心组学习'
    })
    expect(nominationRight(admin, 'demoGroup', session, null)).toMatchObject({ ok: false, field: 'subject' })
  })
})

describe('who may nominate what', () => {
  it('lets the admin nominate any subject of any unit', () => {
    for (const kind of MODEL_KINDS) {
      for (const subject of [person, unit, session, otherUnit, otherPerson]) {
        if (!KIND_SUBJECTS[kind].includes(subject.type)) continue
        expect(nominationRight(admin, kind, subject, null)).toEqual({ ok: true, via: 'admin' })
      }
    }
  })

  it('lets a unit secretary nominate the unit, its cadres and its sessions, and nothing of another unit', () => {
    expect(nominationRight(secretary, 'fiveMethods', person, null)).toEqual({ ok: true, via: 'unit' })
    expect(nominationRight(secretary, 'appliedLearning', unit, null)).toEqual({ ok: true, via: 'unit' })
    expect(nominationRight(secretary, 'demoGroup', unit, null)).toEqual({ ok: true, via: 'unit' })
    expect(nominationRight(secretary, 'demoSession', session, null)).toEqual({ ok: true, via: 'unit' })
    expect(nominationRight(secretary, 'fiveMethods', otherPerson, null)).toEqual({
      ok: false,
      field: 'subject',
      message: '单位记录员只能推荐本单位或本单位的干部'
    })
    expect(nominationRight(secretary, 'demoGroup', otherUnit, null)).toMatchObject({ ok: false, field: 'subject' })
  })

  it('refuses a plain cadre, even for their own unit', () => {
    expect(nominationRight(cadre, 'fiveMethods', person, null)).toMatchObject({ ok: false, field: 'subject' })
  })

  it('lets an observation group member nominate the observed session as 示范课 and its unit as 示范班', () => {
    expect(nominationRight(observer, 'demoSession', session, observed())).toEqual({ ok: true, via: 'group' })
    expect(nominationRight(observer, 'demoGroup', unit, observed())).toEqual({ ok: true, via: 'group' })
  })

  it('refuses the group another session, another unit, a person, or a 典型 kind', () => {
    const other: SubjectFacts = { type: 'session', id: 's2', unitId: 'u1' }
    expect(nominationRight(observer, 'demoSession', other, observed())).toMatchObject({ ok: false, field: 'kind' })
    expect(nominationRight(observer, 'demoGroup', otherUnit, observed())).toMatchObject({ ok: false, field: 'kind' })
    expect(nominationRight(observer, 'fiveMethods', unit, observed())).toMatchObject({ ok: false, field: 'kind' })
    // An observation from before sessions were recorded names no session: no 示范课 from it.
    expect(nominationRight(observer, 'demoSession', session, observed({ sessionId: null }))).toMatchObject({ ok: false })
  })

  it('refuses someone outside the group, and a session not scored yet', () => {
    expect(nominationRight(secretary, 'demoSession', session, observed())).toEqual({
      ok: false,
      field: 'observationId',
      message: '只有该巡听旁听小组的成员可以据此推荐'
    })
    expect(nominationRight(observer, 'demoSession', session, observed({ scored: false }))).toEqual({
      ok: false,
      field: 'observationId',
      message: '该次巡听旁听还没有评分，评分后才能推荐'
    })
  })

  it('gives an admin nominating through an observation the group route, with its checks', () => {
    expect(nominationRight(admin, 'demoSession', session, observed())).toMatchObject({ ok: false, field: 'observationId' })
  })
})

describe('the naming year', () => {
  it('takes this year and last year, in China time', () => {
    // 2026-12-31T16:30Z is already 2027-01-01 in Asia/Shanghai.
    const newYearsDay = dayOf(new Date('2026-12-31T16:30:00Z'))
    expect(nominationYears(newYearsDay)).toEqual([2027, 2026])
    expect(namingYearProblem(2026, newYearsDay)).toBeNull()
    expect(namingYearProblem(2027, newYearsDay)).toBeNull()
    expect(namingYearProblem(2025, newYearsDay)).toBe('推荐年度只能是2026年或2027年')
    expect(namingYearProblem(2028, newYearsDay)).toBe('推荐年度只能是2026年或2027年')
    const lastDay = dayOf(new Date('2026-12-31T15:59:00Z'))
    expect(namingYearProblem(2025, lastDay)).toBeNull()
    expect(namingYearProblem(2027, lastDay)).not.toBeNull()
  })
})

describe('state transitions', () => {
  it('names or rejects a nomination, and revokes only a named model', () => {
    expect(transitionProblem('nominated', 'named')).toBeNull()
    expect(transitionProblem('nominated', 'rejected')).toBeNull()
    expect(transitionProblem('named', 'revoked')).toBeNull()
  })

  it('refuses everything else, naming both states', () => {
    expect(transitionProblem('nominated', 'revoked')).toBe('该推荐当前为“待审核”，不能改为“已撤销命名”')
    expect(transitionProblem('named', 'named')).not.toBeNull()
    expect(transitionProblem('named', 'rejected')).not.toBeNull()
    expect(transitionProblem('rejected', 'named')).toBe('该推荐当前为“未通过”，不能改为“已命名”')
    expect(transitionProblem('revoked', 'named')).not.toBeNull()
    expect(transitionProblem('revoked', 'nominated')).not.toBeNull()
    expect(transitionProblem('nominated', 'nominated')).not.toBeNull()
  })
})

const record = (over: Partial<EvidenceFacts> = {}): EvidenceFacts => ({
  kind: 'note',
  id: 'r1',
  personIds: ['c1'],
  unitId: 'u1',
  sessionId: null,
  withdrawn: false,
  ...over
})

describe('evidence belongs to the subject', () => {
  it("takes a cadre's own records and the sessions they took part in", () => {
    expect(evidenceProblem(person, record())).toBeNull()
    expect(evidenceProblem(person, record({ kind: 'session', personIds: ['lead', 'c1'], sessionId: 's1' }))).toBeNull()
    expect(evidenceProblem(person, record({ personIds: ['c3'] }))).toBe('所选材料不属于被推荐的对象')
  })

  it("takes a unit's records, sessions and observations, never another unit's", () => {
    expect(evidenceProblem(unit, record({ personIds: ['c3'] }))).toBeNull()
    expect(evidenceProblem(unit, record({ kind: 'observation', personIds: [], sessionId: 's1' }))).toBeNull()
    expect(evidenceProblem(unit, record({ unitId: 'u2' }))).toBe('所选材料不属于被推荐的对象')
  })

  it('takes a session, its observations and the records it yielded', () => {
    expect(evidenceProblem(session, record({ kind: 'session', id: 's1', sessionId: 's1' }))).toBeNull()
    expect(evidenceProblem(session, record({ kind: 'leadStudy', sessionId: 's1' }))).toBeNull()
    expect(evidenceProblem(session, record({ kind: 'observation', sessionId: 's2' }))).not.toBeNull()
    expect(evidenceProblem(session, record())).not.toBeNull()
  })

  it('refuses a withdrawn record', () => {
    expect(evidenceProblem(person, record({ withdrawn: true }))).toBe('所选材料已撤回，不能作为推荐材料')
  })
})

describe('who may open a piece of evidence from the showcase', () => {
  it('opens all for the admin, own records for the author, the unit for its secretary and leader', () => {
    expect(mayOpenEvidence({ id: 'adm', roles: ['admin'], unitId: 'u0' }, record({ kind: 'observation' }))).toBe(true)
    expect(mayOpenEvidence({ id: 'c1', roles: ['cadre'], unitId: 'u1' }, record())).toBe(true)
    expect(mayOpenEvidence({ id: 'sec', roles: ['unitSecretary'], unitId: 'u1' }, record())).toBe(true)
    expect(mayOpenEvidence({ id: 'ldr', roles: ['unitLeader'], unitId: 'u1' }, record())).toBe(true)
  })

  it("shows another unit's records, a colleague's record and any observation as a summary only", () => {
    expect(mayOpenEvidence({ id: 'x', roles: ['unitSecretary'], unitId: 'u2' }, record())).toBe(false)
    expect(mayOpenEvidence({ id: 'c3', roles: ['cadre'], unitId: 'u1' }, record())).toBe(false)
    expect(mayOpenEvidence({ id: 'sec', roles: ['unitSecretary'], unitId: 'u1' }, record({ kind: 'observation' }))).toBe(false)
  })
})

describe('names and ids', () => {
  it('names a model for its year by default', () => {
    expect(defaultTitle('demoSession', 2026)).toBe('2026年度中心组学习示范课')
  })

  it('gives one id per year, kind and subject', () => {
    expect(nominationIdOf(2026, 'fiveMethods', 'person', 'c1')).toBe('model.2026.fiveMethods.person.c1')
    expect(nominationIdOf(2026, 'fiveMethods', 'person', 'c1')).not.toBe(nominationIdOf(2025, 'fiveMethods', 'person', 'c1'))
  })
})
