import type { HandlerTable } from '../context'
import { figureHandlers } from './observation-figures.service'
import { planHandlers } from './observation-plan.service'
import { reviewHandlers } from './observation-review.service'
import { sessionHandlers } from './observation-session.service'
import { supervisionHandlers } from './observation-supervision.service'
import { unitHandlers } from './observation-unit.service'

type ObservationAction = Extract<keyof HandlerTable, `observe.${string}`>

/** Every observation action (中心组学习巡听旁听, SPEC §3): admin plans, observers score, units rectify. */
export const observationHandlers: Pick<HandlerTable, ObservationAction> = {
  ...planHandlers,
  ...figureHandlers,
  ...sessionHandlers,
  ...reviewHandlers,
  ...unitHandlers,
  ...supervisionHandlers
}
