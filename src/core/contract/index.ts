import type { z } from 'zod'
import type { ActionDef } from './action'
import { authActions } from './auth.contract'
import { centralGroupActions } from './central-group.contract'
import { feedbackActions } from './feedback.contract'
import { dashboardActions } from './dashboard.contract'
import { exportActions } from './export.contract'
import { homeActions } from './home.contract'
import { inboxActions } from './inbox.contract'
import { meetingActions } from './meeting.contract'
import { methodsActions } from './methods.contract'
import { modelsActions } from './models.contract'
import { observationActions } from './observation.contract'
import { supervisionActions } from './observation-supervision.contract'
import { publicityActions } from './publicity.contract'
import { recordsActions } from './records.contract'
import { remindersActions } from './reminders.contract'
import { rosterActions } from './roster.contract'
import { studyActions } from './study.contract'
import { studyPlanActions } from './study-plan.contract'
import { subscribeActions } from './subscribe.contract'
import { systemActions } from './system.contract'

/** Every action of the `api` function: the one table both client and router are typed from. */
export const actions = {
  ...authActions,
  ...centralGroupActions,
  ...feedbackActions,
  ...dashboardActions,
  ...exportActions,
  ...homeActions,
  ...inboxActions,
  ...meetingActions,
  ...methodsActions,
  ...modelsActions,
  ...observationActions,
  ...supervisionActions,
  ...publicityActions,
  ...recordsActions,
  ...remindersActions,
  ...rosterActions,
  ...studyActions,
  ...studyPlanActions,
  ...subscribeActions,
  ...systemActions
}

export type Actions = typeof actions
export type ActionName = keyof Actions
/** What the client sends (before defaults). */
export type InputOf<N extends ActionName> = z.input<Actions[N]['input']>
/** What the service receives (after parsing). */
export type ParsedInputOf<N extends ActionName> = z.output<Actions[N]['input']>
export type OutputOf<N extends ActionName> = z.output<Actions[N]['output']>

/** Names of the actions, for tests and tools. */
export const actionNames = Object.keys(actions) as ActionName[]

/** The definition of an action by name, or undefined for an unknown name. */
export function actionDef(name: string): ActionDef | undefined {
  return Object.prototype.hasOwnProperty.call(actions, name) ? (actions as Record<string, ActionDef>)[name] : undefined
}

/** The request body the mini-program passes to `callFunction({ name: 'api', data })`. */
export interface ApiRequest {
  action: string
  input?: unknown
  idempotencyKey?: string
}

export * from './action'
export * from './errors'
export * from './views'
export type { ImportJobView } from './roster.contract'
export type { FeedbackAdminView, FeedbackView } from './feedback.contract'
export type { InboxItemView } from './inbox.contract'
export type { ReminderPreviewItem } from './reminders.contract'
export type { PlanItemView, PlanProgressView, StudyPlanView, SuggestionView } from './study-plan.contract'
export type { OutboxItemView, SubscribeStatus, SubscribeTemplateView } from './subscribe.contract'
export * from './meeting.views'
export * from './central-group.views'
export * from './methods.views'
export * from './observation.views'
export type { SupervisionRow } from './observation-supervision.contract'
export * from './publicity.views'
export * from './models.views'
export type { DashboardUnitRow, FiguresView, LecturerView, PersonFiguresView } from './dashboard.contract'
export { loginInput } from './auth.contract'
export type { LoginInput } from './auth.contract'
export { parseInput } from './validate'
