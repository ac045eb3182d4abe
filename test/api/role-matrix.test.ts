import type { ActionName } from '../../src/core/contract'
import { actionNames, actions } from '../../src/core/contract'
import type { Role } from '../../src/core/model'
import { ROLES } from '../../src/core/model/roles'
import { makeWorld } from './world'

const everyone = ROLES
const admin: Role[] = ['admin']
const studying: Role[] = ['cadre', 'districtLeader']
const unitRoles: Role[] = ['unitSecretary', 'unitLeader', 'admin']
/** Observers, and anyone a 相互 observation names among the partner unit's people (checked per row). */
const observing: Role[] = ['observer', 'cadre', 'districtLeader', 'unitSecretary', 'unitLeader']

/**
 * Who may call what. Typed by ActionName, so an action added to the contract without a line
 * here fails the typecheck, and a line that disagrees with the contract fails below.
 */
const EXPECTED: Record<ActionName, readonly Role[]> = {
  'auth.bind': everyone,
  'me.get': everyone,
  'home.get': everyone,
  'inbox.list': everyone,
  'inbox.read': everyone,
  'feedback.send': everyone,
  'feedback.mine': everyone,
  'feedback.list': admin,
  'feedback.answer': admin,
  'feedback.close': admin,
  'export.assessment': ['admin', 'unitLeader', 'unitSecretary'],
  'reminders.preview': admin,
  'reminders.run': admin,
  'reminders.runs': admin,
  'reminders.settings': admin,
  'reminders.settings.save': admin,
  'reminders.outbox': admin,
  'subscribe.status': everyone,
  'subscribe.grant': everyone,
  'system.ping': everyone,
  'speech.search': everyone,
  'speech.save': admin,
  'roster.areas.list': admin,
  // District leaders only once the admin lets them in (checked by the service).
  'dashboard.district': ['admin', 'districtLeader'],
  'dashboard.unit': ['admin', 'districtLeader', 'unitLeader', 'unitSecretary'],
  'dashboard.unitYear': ['admin', 'districtLeader', 'unitLeader', 'unitSecretary'],
  'dashboard.access.save': admin,
  'roster.areas.save': admin,
  'roster.areas.move': admin,
  'roster.units.move': admin,
  'roster.units.list': admin,
  'roster.units.save': admin,
  'roster.people.list': admin,
  'roster.people.save': admin,
  'roster.import.start': admin,
  'roster.import.step': admin,
  'roster.import.discard': admin,
  'roster.import.status': admin,
  'roster.codes.issue': admin,
  'roster.codes.status': admin,
  'study.record': studying,
  'study.month': studying,
  'study.withdraw': studying,
  'studyPlan.get': studying,
  'studyPlan.save': studying,
  'studyPlan.suggestion.get': admin,
  'studyPlan.suggestion.save': admin,
  'unit.options': unitRoles,
  'note.save': studying,
  'note.submit': studying,
  'note.publish': studying,
  'lecture.save': studying,
  'lecture.confirm': studying,
  'outreach.save': studying,
  'leadStudy.save': studying,
  'exchange.save': studying,
  'xuexi.report': studying,
  'file.register': everyone,
  'record.list': studying,
  'record.get': everyone,
  'record.derivedOn': studying,
  'record.withdraw': studying,
  'unit.methodsOverview': unitRoles,
  'unit.personRecords': [...unitRoles, 'districtLeader'],
  'outlet.list': everyone,
  'outlet.save': admin,
  'school.list': everyone,
  'school.save': admin,
  'school.merge': admin,
  'quota.list': admin,
  'quota.save': admin,
  'observe.groups.list': admin,
  'observe.groups.save': admin,
  'observe.plans.list': ['admin', 'observer'],
  'observe.partners': ['admin', 'observer'],
  'observe.plan': ['admin', 'observer'],
  'observe.draw': ['admin', 'observer'],
  'observe.request': ['unitSecretary'],
  'observe.accept': ['admin', 'observer'],
  'observe.cancel': ['admin', 'observer'],
  'observe.mine': observing,
  'observe.session': [...observing, 'admin'],
  'observe.rectifications': admin,
  'observe.sheet.submit': observing,
  'observe.review': [...observing, 'admin'],
  'observe.feedback.send': ['observer'],
  'observe.rectify.submit': ['unitSecretary'],
  'observe.rectify.verify': ['observer'],
  'observe.unit.list': ['unitSecretary', 'unitLeader'],
  'observe.rubric.list': admin,
  'observe.rubric.publish': admin,
  'observe.figures': admin,
  'centralGroup.members.get': unitRoles,
  'centralGroup.members.save': ['unitSecretary'],
  'centralGroup.plan.get': unitRoles,
  'centralGroup.plan.save': ['unitSecretary'],
  'centralGroup.session.list': unitRoles,
  'centralGroup.session.get': everyone,
  'centralGroup.session.save': ['unitSecretary'],
  'centralGroup.session.withdraw': ['unitSecretary'],
  'centralGroup.upcoming': ['observer', 'admin'],
  'models.nominate': ['admin', 'unitSecretary', 'observer'],
  'models.list': ['admin', 'unitSecretary', 'unitLeader', 'observer'],
  'models.get': everyone,
  'models.review': admin,
  'models.revoke': admin,
  'models.showcase': everyone,
  'models.candidates': ['admin', 'unitSecretary', 'observer'],
  'meeting.list': unitRoles,
  'meeting.get': unitRoles,
  'meeting.save': ['unitSecretary', 'admin'],
  'meeting.withdraw': ['unitSecretary', 'admin'],
  'meeting.roster': unitRoles,
  'meeting.attendance.mark': ['unitSecretary', 'admin'],
  'meeting.qr': ['unitSecretary'],
  'meeting.checkIn': everyone,
  'meeting.coverage': unitRoles,
  'meeting.districtCoverage': admin,
  'classic.list': everyone,
  'classic.save': admin,
  'publicity.options': everyone,
  'publicity.record': everyone,
  'publicity.answer': everyone,
  'publicity.withdraw': everyone,
  'publicity.list': everyone,
  'publicity.counts': unitRoles
}

describe('role matrix', () => {
  it('covers exactly the actions of the contract', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...actionNames].sort())
  })

  it.each(actionNames)('declares the expected roles for %s', (name) => {
    expect([...actions[name].roles].sort()).toEqual([...EXPECTED[name]].sort())
  })

  const cases = actionNames.flatMap((name) => ROLES.map((role) => [name, role, EXPECTED[name].includes(role)] as const))

  it.each(cases)('%s called by %s: allowed=%s', async (name, role, allowed) => {
    const world = await makeWorld()
    const result = await world.as(world.people[role])(name, {})
    const denied = !result.ok && result.code === 'FORBIDDEN' && result.message === '您没有权限进行此操作'
    expect(denied).toBe(!allowed)
  })
})
