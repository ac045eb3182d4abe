import type { HandlerTable } from './context'
import { authHandlers } from './auth.service'
import { meetingHandlers } from './meeting.service'
import { fileHandlers } from './files.service'
import { homeHandlers } from './home.service'
import { methodsAdminHandlers } from './methods-admin.service'
import { methodHandlers } from './methods.service'
import { observationHandlers } from './observation.service'
import { recordHandlers } from './records.service'
import { rosterImportHandlers } from './roster-import.service'
import { rosterHandlers } from './roster.service'
import { studyHandlers } from './study.service'
import { unitMethodsHandlers } from './unit-methods.service'
import { systemHandlers } from './system.service'

/** Every action's handler; the type makes a missing one a compile error. */
export const handlers: HandlerTable = {
  ...authHandlers,
  ...meetingHandlers,
  ...fileHandlers,
  ...homeHandlers,
  ...methodHandlers,
  ...methodsAdminHandlers,
  ...observationHandlers,
  ...recordHandlers,
  ...rosterHandlers,
  ...rosterImportHandlers,
  ...studyHandlers,
  ...unitMethodsHandlers,
  ...systemHandlers
}
