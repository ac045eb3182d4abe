import { actions, type GroupPersonView, type SessionDetailView } from '@/core/contract'
import { FORM_LAYOUT, formOf, listedPeople, newForm, toInput } from '@/packages/group/pages/edit/form'
import { planPeriods } from '@/packages/group/pages/plan/periods'
import { inputErrors, readErrors } from '@/services/form-errors'

const person = (id: string, member: boolean, leadEligible: boolean): GroupPersonView => ({
  id,
  name: `同志${id}`,
  position: leadEligible ? '党组成员' : '科员',
  leadEligible,
  member
})
// p0 is not a member, p1 a member who may not lead, p2 and p3 members of the leadership team.
const people = [person('p0', false, false), person('p1', true, false), person('p2', true, true), person('p3', true, true)]
const speech = { id: 'sp1', title: '在某会议上的讲话', date: '2026-10-01', source: '', link: null, archived: false }

const detail = (status: 'planned' | 'completed'): SessionDetailView => ({
  item: {
    id: 's1',
    unitId: 'u1',
    unitName: '区发展和改革局',
    name: '中心组学习 12月4日',
    day: '2026-12-04',
    month: '2026-12',
    time: '15:00',
    place: null,
    topic: '学习贯彻全会精神',
    status,
    statusLabel: status === 'planned' ? '待记录' : '已召开',
    leadName: '同志p2',
    memberCount: 3,
    presentCount: 2,
    withdrawn: false
  },
  materials: [
    { contentType: 'centralDecision', typeLabel: '中央重大决策部署', title: '全会公报', speechId: null, source: '新华社' }
  ],
  classics: [{ classicId: 'c1', title: '经典', chapter: null, pages: '12' }],
  leadId: 'p2',
  leadMode: 'lead',
  members: [
    { personId: 'p1', name: '同志p1', position: '', present: false },
    { personId: 'p2', name: '同志p2', position: '', present: true },
    { personId: 'p3', name: '同志p3', position: '', present: true }
  ],
  speakers: [{ personId: 'p3', name: '同志p3', points: '结合工作谈体会' }],
  tiedToWork: null,
  followUp: null,
  withdrawReason: null,
  records: [],
  canEdit: true
})

describe('central-group session form', () => {
  it('lists every member present by default and the first member of the leadership team as lead', () => {
    const form = newForm('2026-12-04', people)
    expect(form.memberIds).toEqual(['p1', 'p2', 'p3'])
    expect(form.presentIds).toEqual(['p1', 'p2', 'p3'])
    expect(form.leadId).toBe('p2')
    expect(toInput(form, undefined).absentIds).toEqual([])
  })

  it('sends the unticked member as absent and drops a speaker who was not there', () => {
    const form = {
      ...newForm('2026-12-04', people),
      topic: '学习贯彻全会精神',
      materials: [{ contentType: 'latestSpeech' as const, mode: 'catalogue' as const, speech, title: '', source: '' }],
      presentIds: ['p2', 'p3'],
      speakers: [
        { personId: 'p1', points: '缺席者的发言' },
        { personId: 'p3', points: '结合工作谈体会' }
      ]
    }
    const input = toInput(form, undefined)
    expect(input.memberIds).toEqual(['p1', 'p2', 'p3'])
    expect(input.absentIds).toEqual(['p1'])
    expect(input.speakers).toEqual([{ personId: 'p3', points: '结合工作谈体会' }])
    expect(input.materials).toEqual([{ contentType: 'latestSpeech', title: speech.title, speechId: 'sp1', source: null }])
    expect(inputErrors('centralGroup.session.save', input)).toEqual({})
    expect(actions['centralGroup.session.save'].input.safeParse(input).success).toBe(true)
  })

  it('marks nobody absent while the session is only planned, and sends no lead until one is chosen', () => {
    const form = { ...newForm('2026-12-20', people), status: 'planned' as const, presentIds: ['p2'], leadId: '' }
    const input = toInput(form, undefined)
    expect(input.absentIds).toEqual([])
    expect(input.leadId).toBeNull()
  })

  it('finds every problem at once, one per field, and names the topmost field first', () => {
    const blank = { ...newForm('2026-12-04', people), leadId: '' }
    const errors = inputErrors('centralGroup.session.save', toInput(blank, undefined))
    expect(Object.keys(errors).sort()).toEqual(['leadId', 'materials', 'topic'])
    expect(errors.materials).toBe('请从讲话目录选择，或填写学习材料名称')
    expect(errors.leadId).toBe('请选择领学人')
    expect(readErrors(errors, FORM_LAYOUT).fields).toEqual(['topic', 'materials', 'leadId'])
    expect(readErrors({ speakers: 'x', leadMode: 'y' }, FORM_LAYOUT).fields).toEqual(['leadId', 'speakers'])
    expect(readErrors({ absentIds: 'x', memberIds: 'y' }, FORM_LAYOUT).fields).toEqual(['memberIds'])
    expect(readErrors({}, FORM_LAYOUT).fields).toEqual([])
  })

  it('opens a planned session to be recorded as held, with the stored presence and typed materials', () => {
    const form = formOf(detail('planned'), true)
    expect(form.status).toBe('completed')
    expect(form.presentIds).toEqual(['p2', 'p3'])
    expect(form.materials[0]).toMatchObject({ mode: 'manual', title: '全会公报', source: '新华社' })
    expect(form.classics).toEqual([{ classicId: 'c1', chapter: '', pages: '12' }])
    expect(formOf(detail('planned'), false).status).toBe('planned')
    expect(toInput(form, 's1').absentIds).toEqual(['p1'])
  })

  it('lists the session’s own members, then members who joined the group since', () => {
    const form = formOf(detail('completed'), false)
    const joined = [...people, person('p4', true, false)]
    expect(listedPeople(form, joined).map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4'])
  })

  it('offers each quarter and its months of the plan’s year', () => {
    const periods = planPeriods(2026)
    expect(periods).toHaveLength(16)
    expect(periods.slice(0, 2)).toEqual([
      { value: '2026-Q1', label: '第一季度' },
      { value: '2026-01', label: '1月' }
    ])
    expect(periods[periods.length - 1]).toEqual({ value: '2026-12', label: '12月' })
  })
})
