import type { HomeView, OutputOf } from '../../../src/core/contract'
import type { MethodRecord, Observation, Person, StudyPlan, StudyRecord } from '../../../src/core/model'
import { STUDYING_ROLES, hasAnyRole } from '../../../src/core/model/roles'
import { addDays, meetingClock, meetingName } from '../../../src/core/rules/agenda'
import { hasLectureQuota, quotasFor, type Quotas } from '../../../src/core/rules/methods'
import { PLANNED_LEAD_DAYS, plannedDue, plannedStage, type PlannedItem } from '../../../src/core/rules/planned'
import { countStudiesInMonth, progress } from '../../../src/core/rules/quota'
import { suggestionKey } from '../../../src/core/rules/study-plan'
import type { DayKey, MonthKey } from '../../../src/core/time'
import { dayOf, formatDayZh, monthOf, monthRange, shiftMonth, yearOf } from '../../../src/core/time'
import { authHandlers } from './auth/auth.service'
import type { ActionContext, HandlerTable } from './context'
import { callerOf } from './context'
import { methodItemView, newestFirst, noteItemsOf, studyItemView, type NoteItems } from './methods/methods.views'
import { studyMonthView } from './methods/study.service'
import type { StoredSetting } from '../ports/settings.port'
import { planProgressOf, suggestedItems } from './study-plan/study-plan.views'

/** What is due next and by when, soonest first. */
function dueList(
  today: DayKey,
  studyCount: number,
  quotas: Quotas,
  lectures: MethodRecord[],
  lectureQuota: boolean
): HomeView['due'] {
  const monthEnd = monthRange(today.slice(0, 7)).last
  const yearEnd = `${today.slice(0, 4)}-12-31`
  const due: HomeView['due'] = []
  if (studyCount < quotas.speechesPerMonth) {
    const left = quotas.speechesPerMonth - studyCount
    due.push({ key: 'study', kind: 'study', text: `本月还需学习 ${left} 篇重要讲话`, when: `${formatDayZh(monthEnd, today)}前` })
  }
  // Planned lectures around their date and until confirmed (core/rules/planned.ts).
  const planned: PlannedItem[] = lectures.flatMap((l) =>
    l.kind === 'lecture' && l.details.status === 'planned'
      ? [
          {
            key: `lecture.${l.id}`,
            kind: 'lecture' as const,
            day: l.date,
            name: `${l.details.topic}（${l.details.schoolName}）`,
            confirmed: false,
            withdrawn: l.withdrawnAt !== null
          }
        ]
      : []
  )
  due.push(...plannedDue(planned, today).map((d) => ({ ...d, kind: 'lecture' as const })))
  const given = lectures.filter((l) => l.counted && !l.withdrawnAt && l.date.startsWith(today.slice(0, 4))).length
  if (lectureQuota && given < quotas.lecturesPerYear) {
    const left = quotas.lecturesPerYear - given
    due.push({
      key: 'lectures',
      kind: 'lecture',
      text: `今年还需进学校讲课 ${left} 次`,
      when: `${formatDayZh(yearEnd, today)}前`
    })
  }
  // No 学习强国 item: its note is optional and never asked for (the rules against 指尖上的形式主义).
  return due
}

interface StudyFacts {
  quotas: Quotas
  studies: StudyRecord[]
  lastMonth: StudyRecord[]
  lectures: MethodRecord[]
  recent: MethodRecord[]
  /** The publicity items of the recent notes (their outlet state). */
  notes: NoteItems
  /** This month's self-study plan and the admin's suggested list (both optional). */
  plan: StudyPlan | null
  suggestion: StoredSetting | null
}

/**
 * The person's lectures of every year, in one read: this year's give the x/quota; a planned one
 * comes into "接下来要做" two weeks ahead (a lecture on 12 January from late December) and stays
 * until confirmed, even when it was planned for last December. A district leader gives a few a year.
 */
async function lecturesAround(ctx: ActionContext, personId: string): Promise<MethodRecord[]> {
  return ctx.repos.methodRecords.listByPerson({ personId, kind: 'lecture' })
}

/**
 * A secretary's planned meetings and sessions to hold and record. Both years are read near the turn
 * of the year only, like the lectures: one call each, side by side.
 */
async function unitDueOf(ctx: ActionContext, unitId: string, today: DayKey): Promise<PlannedItem[]> {
  const year = Number(today.slice(0, 4))
  const years = addDays(today, PLANNED_LEAD_DAYS).slice(0, 4) !== today.slice(0, 4) ? [year, year + 1] : [year]
  const [meetings, sessions] = await Promise.all([
    Promise.all(years.map((y) => ctx.repos.meetings.listByUnit(unitId, y))).then((l) => l.flat()),
    Promise.all(years.map((y) => ctx.repos.studySessions.listByUnit(unitId, y))).then((l) => l.flat())
  ])
  const items: PlannedItem[] = [
    ...meetings.map((m) => ({
      key: `meeting.${m.id}`,
      kind: 'meeting' as const,
      day: m.day,
      name: meetingName(m, today),
      confirmed: m.status === 'completed',
      withdrawn: m.withdrawnAt !== null
    })),
    ...sessions.map((s) => ({
      key: `session.${s.id}`,
      kind: 'session' as const,
      day: s.day,
      name: s.topic,
      confirmed: s.status === 'completed',
      withdrawn: s.withdrawnAt !== null
    }))
  ]
  return items
}

/**
 * An observer's planned observations (of the groups they are in) until they have scored it; a
 * partner unit's chosen person (相互) too. The year's observations are a few hundred in a district.
 */
async function observerDueOf(
  ctx: ActionContext,
  person: Person,
  groupIds: readonly string[],
  asPartner: readonly Observation[],
  today: DayKey
): Promise<PlannedItem[]> {
  const year = Number(today.slice(0, 4))
  const ofGroups = groupIds.length > 0 ? await ctx.repos.observations.listByGroups([...groupIds]) : []
  const mine = [...new Map([...ofGroups, ...asPartner].map((o) => [o.id, o])).values()].filter(
    (o) => o.status === 'planned' && o.year >= year - 1
  )
  const soon = mine.filter((o) => plannedStage({ day: o.day, confirmed: false, withdrawn: false }, today) !== null)
  if (soon.length === 0) return []
  const [sheets, units] = await Promise.all([
    ctx.repos.scoreSheets.listByObservations(soon.map((o) => o.id)),
    ctx.repos.units.list()
  ])
  const scored = new Set(sheets.filter((s) => s.observerId === person.id).map((s) => s.observationId))
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  return soon.map((o) => ({
    key: `observation.${o.id}`,
    kind: 'observation' as const,
    day: o.day,
    name: `${unitName.get(o.unitId) ?? ''} ${meetingClock(o.startsAt)}`,
    confirmed: scored.has(o.id),
    withdrawn: false
  }))
}

/** Reads a studying person's facts for the home. Independent reads, so one round trip deep, not seven. */
async function studyFacts(ctx: ActionContext, person: Person, month: MonthKey): Promise<StudyFacts> {
  const year = yearOf(ctx.now)
  const [yearQuotas, studies, lastMonth, lectures, recent, plan, suggestion] = await Promise.all([
    ctx.repos.quotas.get(year),
    ctx.repos.studies.listByPersonMonth(person.id, month),
    ctx.repos.studies.listByPersonMonth(person.id, shiftMonth(month, -1)),
    lecturesAround(ctx, person.id),
    ctx.repos.methodRecords.listByPerson({ personId: person.id, limit: 5 }),
    ctx.repos.studyPlans.get(person.id, month),
    ctx.repos.settings.get(suggestionKey(month))
  ])
  // A second round trip only when a recent record is a note (its state is in its publicity items).
  const notes = await noteItemsOf(ctx, recent)
  return { quotas: quotasFor(yearQuotas), studies, lastMonth, lectures, recent, notes, plan, suggestion }
}

/** Lectures x/quota where it applies, what is due, and the five latest records of any kind. */
function summaryOf(person: Person, today: DayKey, facts: StudyFacts): HomeView {
  const month = today.slice(0, 7)
  const studyCount = countStudiesInMonth(facts.studies, month)
  const lectureQuota = hasLectureQuota(person.roles)
  // Next year's planned lectures are read for what is due only: the x/quota is this year's.
  const given = facts.lectures.filter((l) => l.counted && l.date.startsWith(today.slice(0, 4))).length
  const latest = [
    ...facts.recent.map((r) => ({ ...methodItemView(r, today, person.id, facts.notes), createdAt: r.createdAt })),
    ...[...facts.studies, ...facts.lastMonth]
      .filter((s) => !s.withdrawnAt)
      .map((s) => ({ ...studyItemView(s, today, person.id), createdAt: s.createdAt }))
  ]
  return {
    today,
    month,
    year: Number(today.slice(0, 4)),
    study: progress(studyCount, facts.quotas.speechesPerMonth),
    lectures: lectureQuota ? progress(given, facts.quotas.lecturesPerYear) : null,
    due: dueList(today, studyCount, facts.quotas, facts.lectures, lectureQuota),
    latest: latest
      .sort(newestFirst)
      .slice(0, 5)
      .map(({ createdAt: _c, ...item }) => item)
  }
}

export const homeHandlers: Pick<HandlerTable, 'home.get'> = {
  async 'home.get'(_input, ctx) {
    const person = callerOf(ctx)
    const today = dayOf(ctx.now)
    const month = monthOf(ctx.now)
    const studying = hasAnyRole(person.roles, STUDYING_ROLES)
    // The caller's unit/area and the study facts do not depend on each other: read them together.
    const [me, facts, unread, groups, unitPlanned, asPartner] = await Promise.all([
      authHandlers['me.get']({}, ctx),
      studying ? studyFacts(ctx, person, month) : Promise.resolve(null),
      ctx.repos.inbox.countUnread(person.id),
      person.roles.includes('observer') ? ctx.repos.observationGroups.listByMember(person.id) : Promise.resolve([]),
      person.roles.includes('unitSecretary') ? unitDueOf(ctx, person.unitId, today) : Promise.resolve([]),
      // 相互: a partner unit's chosen person scores too, whatever their role.
      ctx.repos.observations.listByPartnerMember(person.id)
    ])
    const activeGroups = groups.filter((g) => g.active).map((g) => g.id)
    const observing =
      activeGroups.length > 0 || asPartner.length > 0 ? await observerDueOf(ctx, person, activeGroups, asPartner, today) : []
    const result: OutputOf<'home.get'> = {
      me,
      month: facts ? studyMonthView(month, month, today, facts.studies, facts.quotas) : null,
      summary: facts ? summaryOf(person, today, facts) : null,
      plan: facts
        ? { progress: planProgressOf(facts.plan, facts.studies, month), suggested: suggestedItems(facts.suggestion).length }
        : null,
      unread,
      leadsObservationGroup: groups.some((g) => g.active && g.leaderId === person.id),
      plannedDue: plannedDue([...unitPlanned, ...observing], today).flatMap((d) =>
        d.kind === 'lecture' ? [] : [{ ...d, kind: d.kind }]
      )
    }
    return result
  }
}
