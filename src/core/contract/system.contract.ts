import { z } from 'zod'
import { ROLES } from '../model/roles'
import { action } from './action'

export const systemActions = {
  'system.ping': action({
    summary: 'Does nothing but answer: the baseline for benchmarks and a health check through the router',
    input: z.object({}).default({}),
    output: z.object({ now: z.string() }),
    roles: ROLES,
    write: false
  })
}
