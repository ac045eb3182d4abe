import type { HandlerTable } from './context'
import { authHandlers } from './auth/auth.service'
import { centralGroupHandlers } from './central-group/central-group.service'
import { dashboardHandlers } from './dashboard/dashboard.service'
import { meetingHandlers } from './meeting/meeting.service'
import { feedbackHandlers } from './feedback/feedback.service'
import { exportHandlers } from './export/export.service'
import { fileHandlers } from './files.service'
import { homeHandlers } from './home.service'
import { inboxHandlers } from './inbox.service'
import { methodsAdminHandlers } from './methods/methods-admin.service'
import { methodHandlers } from './methods/methods.service'
import { modelsHandlers } from './models/models.service'
import { observationHandlers } from './observation/observation.service'
import { publicityHandlers } from './publicity/publicity.service'
import { recordHandlers } from './methods/records.service'
import { remindersHandlers } from './reminders.service'
import { rosterImportHandlers } from './roster/roster-import.service'
import { rosterHandlers } from './roster/roster.service'
import { studyHandlers } from './methods/study.service'
import { studyPlanHandlers } from './study-plan/study-plan.service'
import { subscribeHandlers } from './subscribe/subscribe.service'
import { unitMethodsHandlers } from './methods/unit-methods.service'
import { systemHandlers } from './system.service'

/** Every action's handler; the type makes a missing one a compile error. */
export const handlers: HandlerTable = {
  ...authHandlers,
  ...centralGroupHandlers,
  ...dashboardHandlers,
  ...meetingHandlers,
  ...feedbackHandlers,
  ...exportHandlers,
  ...fileHandlers,
  ...homeHandlers,
  ...inboxHandlers,
  ...methodHandlers,
  ...methodsAdminHandlers,
  ...modelsHandlers,
  ...observationHandlers,
  ...publicityHandlers,
  ...recordHandlers,
  ...remindersHandlers,
  ...rosterHandlers,
  ...rosterImportHandlers,
  ...studyHandlers,
  ...studyPlanHandlers,
  ...subscribeHandlers,
  ...unitMethodsHandlers,
  ...systemHandlers
}
