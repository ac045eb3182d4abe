import type { HandlerTable } from './context'
import { authHandlers } from './auth.service'
import { observationHandlers } from './observation.service'
import { rosterHandlers } from './roster.service'
import { studyHandlers } from './study.service'
import { systemHandlers } from './system.service'

/** Every action's handler; the type makes a missing one a compile error. */
export const handlers: HandlerTable = {
  ...authHandlers,
  ...observationHandlers,
  ...rosterHandlers,
  ...studyHandlers,
  ...systemHandlers
}
