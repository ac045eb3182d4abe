import { AppError } from '../../../../src/core/contract'
import type { Observation, ObservationGroup, Rectification, ScoreSheet } from '../../../../src/core/model'
import { scoresProblem, scoringProblem, sheetTotal } from '../../../../src/core/rules/observation'
import { dayOf, yearOf } from '../../../../src/core/time'
import type { ActionContext, HandlerTable } from '../context'
import { audit, callerOf, createdStamp, updatedStamp } from '../context'
import { attachFilesTo, fileLinks } from '../files.service'
import { isObserverOf } from '../../../../src/core/rules/observation-session'
import {
  currentRubric,
  loadNames,
  observationOf,
  observationViews,
  requireMember,
  requireObserver,
  rubricOf
} from './observation.access'
import { sessionOf } from './observation.sessions'
import { personName, rectificationView, rubricView, sheetNotesOf, sheetView } from './observation.views'

// The observers' side: their assignments, scoring on site, feedback and verification.

type SessionHandlers = Pick<
  HandlerTable,
  'observe.mine' | 'observe.session' | 'observe.sheet.submit' | 'observe.feedback.send' | 'observe.rectify.verify'
>

const PHOTOS = { field: 'photos', label: '现场照片', imagesOnly: true }

/** One sheet per observer per session: the id says so, so a resubmission replaces it. */
export const sheetId = (observationId: string, observerId: string): string => `${observationId}.${observerId}`

async function rectificationOf(ctx: ActionContext, observationId: string): Promise<Rectification> {
  const rect = await ctx.repos.rectifications.get(observationId)
  if (!rect) throw new AppError('NOT_FOUND', '这次巡听旁听还没有反馈', { field: 'observationId' })
  return rect
}

async function rectView(ctx: ActionContext, rect: Rectification) {
  const sender = await ctx.repos.people.get(rect.sentBy)
  return rectificationView(rect, sender?.name ?? '', dayOf(ctx.now))
}

/**
 * The invitations a group leader may accept: units of the led groups' areas asking for an
 * observation of a session not yet started (this district year and the next, for December's).
 */
async function openInvitations(ctx: ActionContext, led: readonly ObservationGroup[]): Promise<Observation[]> {
  if (led.length === 0) return []
  const year = yearOf(ctx.now)
  const [thisYear, nextYear] = await Promise.all([
    ctx.repos.observations.listByYear(year),
    ctx.repos.observations.listByYear(year + 1)
  ])
  return [...nextYear, ...thisYear].filter(
    (o) =>
      o.status === 'requested' && Date.parse(o.startsAt) >= ctx.now.getTime() && led.some((g) => g.areaIds.includes(o.areaId))
  )
}

export const sessionHandlers: SessionHandlers = {
  async 'observe.mine'(_input, ctx) {
    const caller = callerOf(ctx)
    // 相互: the sessions the caller observes as one of the partner unit's chosen people, read beside
    // the group chain (a read, not a transaction, so in parallel).
    const [groups, partnerOf] = await Promise.all([
      ctx.repos.observationGroups.listByMember(caller.id),
      ctx.repos.observations.listByPartnerMember(caller.id)
    ])
    const led = groups.filter((g) => g.active && g.leaderId === caller.id)
    const [ofGroups, open] = await Promise.all([
      ctx.repos.observations.listByGroups(groups.map((g) => g.id)),
      openInvitations(ctx, led)
    ])
    const asPartner = partnerOf.filter((o) => o.mode === 'mutual' && !ofGroups.some((g) => g.id === o.id))
    const list = [...ofGroups, ...asPartner]
      .filter((o) => o.status === 'planned')
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt) || a.id.localeCompare(b.id))
    // One batch of views for both lists (their sheets, feedback, sessions and names load once).
    const views = await observationViews(ctx, [...list, ...open])
    const mine = await ctx.repos.scoreSheets.listByObservations(list.map((o) => o.id))
    const myAt = new Map(mine.filter((s) => s.observerId === caller.id).map((s) => [s.observationId, s.submittedAt]))
    const leads = new Set(groups.filter((g) => g.leaderId === caller.id).map((g) => g.id))
    return {
      items: views.slice(0, list.length).map((v) => ({
        ...v,
        mySheetAt: myAt.get(v.id) ?? null,
        isLeader: v.groupId !== null && leads.has(v.groupId)
      })),
      invitations: views.slice(list.length).map((v, i) => ({
        ...v,
        groups: led.filter((g) => g.areaIds.includes(open[i].areaId)).map((g) => ({ id: g.id, name: g.name }))
      }))
    }
  },

  async 'observe.session'(input, ctx) {
    const caller = callerOf(ctx)
    const o = await observationOf(ctx, input.id, 'id')
    const isAdmin = caller.roles.includes('admin')
    const group = o.groupId ? await ctx.repos.observationGroups.get(o.groupId) : null
    // Members of the group, and for 相互 the partner unit's chosen people, score the session; only
    // the group's members verify the unit's rectification (isMember).
    const observes = isObserverOf(o, group?.memberIds ?? [], caller.id)
    const isMember = !!group && group.memberIds.includes(caller.id)
    if (!observes && !isAdmin) await requireObserver(ctx, o)
    const sheets = await ctx.repos.scoreSheets.listByObservation(o.id)
    const rect = await ctx.repos.rectifications.get(o.id)
    const names = await loadNames(
      ctx.repos,
      sheets.map((s) => s.observerId)
    )
    const [view] = await observationViews(ctx, [o], { names })
    const own = sheets.find((s) => s.observerId === caller.id) ?? null
    const current = await currentRubric(ctx.repos)
    const rubric = (own && (await rubricOf(ctx.repos, own.rubricVersion))) || current
    const session = await sessionOf(ctx.repos, o)
    const withdrawn = session?.withdrawnAt != null
    const problem = observes ? scoringProblem(o, rect !== null, dayOf(ctx.now), withdrawn) : '只有本组成员可以评分'
    // The leader writes the feedback from every member's notes, and the admin uses them in the
    // assessment; the other members (and a 相互 partner) read only their own sheet.
    const isLeader = !!group && group.leaderId === caller.id
    const readsNotes = isLeader || isAdmin
    return {
      observation: view,
      rubric: rubricView(rubric, current.version),
      mySheet: own ? sheetView(own, caller.name, await fileLinks(ctx, own.photos)) : null,
      // The caller is a member or the admin here, both allowed to see every sheet's photos.
      sheets: await Promise.all(
        sheets.map(async (s) => ({
          observerName: personName(names, s.observerId),
          total: s.total,
          submittedAt: s.submittedAt,
          photos: await fileLinks(ctx, s.photos),
          notes: readsNotes ? sheetNotesOf(s) : null
        }))
      ),
      isMember,
      isLeader,
      scoringProblem: problem
    }
  },

  async 'observe.sheet.submit'(input, ctx) {
    const o = await observationOf(ctx, input.observationId)
    const { caller } = await requireObserver(ctx, o)
    const feedback = await ctx.repos.rectifications.get(o.id)
    const session = await sessionOf(ctx.repos, o)
    const problem = scoringProblem(o, feedback !== null, dayOf(ctx.now), session?.withdrawnAt != null)
    if (problem) throw new AppError('CONFLICT', problem)
    const id = sheetId(o.id, caller.id)
    const existing = await ctx.repos.scoreSheets.get(id)
    if (existing && existing.rubricVersion !== input.rubricVersion) {
      throw new AppError('CONFLICT', '您的评分表使用的评分细则版本不同，请刷新后再修改', { field: 'rubricVersion' })
    }
    const rubric = await rubricOf(ctx.repos, input.rubricVersion)
    if (!rubric) throw new AppError('VALIDATION', '评分细则版本不存在，请刷新后重新评分', { field: 'rubricVersion' })
    const scoreProblem = scoresProblem(rubric, input.scores)
    if (scoreProblem) throw new AppError('VALIDATION', scoreProblem.message, { field: scoreProblem.field })
    // Photos are optional; any given must be images the caller uploaded, and become visible with the sheet.
    const photos = await attachFilesTo(ctx, { owner: 'scoreSheet', id }, input.photos, existing?.photos ?? [], PHOTOS)
    const fields = {
      rubricVersion: rubric.version,
      scores: input.scores,
      total: sheetTotal(rubric, input.scores),
      comments: input.comments,
      documentReview: input.documentReview,
      fieldResearch: input.fieldResearch,
      photos: photos.map((f) => f.id),
      submittedAt: ctx.now.toISOString()
    }
    let sheet: ScoreSheet
    if (existing) {
      sheet = updatedStamp({ ...existing, ...fields }, ctx)
      await ctx.repos.scoreSheets.update(sheet)
    } else {
      sheet = { id, observationId: o.id, observerId: caller.id, unitId: o.unitId, year: o.year, ...fields, ...createdStamp(ctx) }
      await ctx.repos.scoreSheets.insert(sheet)
    }
    // Always write the observation, even when the caller is already present: observe.cancel writes
    // it too, so on CloudBase the two transactions conflict and only one commits; the other reruns
    // and sees the sheet (cancel refuses) or the cancellation (scoring refuses). A query for sheets
    // inside cancel's transaction reads committed data and could not decide that alone.
    const membersPresent = o.membersPresent.includes(caller.id) ? o.membersPresent : [...o.membersPresent, caller.id]
    await ctx.repos.observations.update(updatedStamp({ ...o, membersPresent }, ctx))
    await audit(ctx, 'scoreSheet', sheet.id, existing ? 'update' : 'create', sheet)
    return sheetView(sheet, caller.name, await fileLinks(ctx, sheet.photos))
  },

  async 'observe.feedback.send'(input, ctx) {
    const o = await observationOf(ctx, input.observationId)
    const { group, caller } = await requireMember(ctx, o)
    if (group.leaderId !== caller.id) throw new AppError('FORBIDDEN', '只有巡听旁听组组长可以向单位反馈')
    if (await ctx.repos.rectifications.get(o.id)) throw new AppError('CONFLICT', '已经向单位反馈过了')
    if ((await ctx.repos.scoreSheets.listByObservation(o.id)).length === 0) {
      throw new AppError('CONFLICT', '还没有组员提交评分，评分后才能反馈')
    }
    if (input.deadline < dayOf(ctx.now)) throw new AppError('VALIDATION', '整改期限不能早于今天', { field: 'deadline' })
    const rect: Rectification = {
      id: o.id,
      unitId: o.unitId,
      groupId: group.id,
      year: o.year,
      findings: input.findings,
      suggestions: input.suggestions,
      deadline: input.deadline,
      sentBy: caller.id,
      sentAt: ctx.now.toISOString(),
      status: 'open',
      measures: null,
      evidence: null,
      submittedBy: null,
      submittedAt: null,
      returnReason: null,
      verifiedBy: null,
      verifiedAt: null,
      rounds: 0,
      ...createdStamp(ctx)
    }
    await ctx.repos.rectifications.insert(rect)
    await audit(ctx, 'rectification', rect.id, 'feedback', rect)
    return rectificationView(rect, caller.name, dayOf(ctx.now))
  },

  async 'observe.rectify.verify'(input, ctx) {
    const o = await observationOf(ctx, input.observationId)
    const { caller } = await requireMember(ctx, o)
    const rect = await rectificationOf(ctx, o.id)
    if (rect.status !== 'submitted') throw new AppError('CONFLICT', '单位还没有提交整改情况，暂不能核验')
    const at = ctx.now.toISOString()
    const next = updatedStamp(
      input.accept
        ? { ...rect, status: 'closed' as const, verifiedBy: caller.id, verifiedAt: at, returnReason: null }
        : { ...rect, status: 'returned' as const, verifiedBy: caller.id, verifiedAt: at, returnReason: input.reason },
      ctx
    )
    await ctx.repos.rectifications.update(next)
    await audit(ctx, 'rectification', rect.id, input.accept ? 'accept' : 'return', next, input.reason)
    return rectView(ctx, next)
  }
}
