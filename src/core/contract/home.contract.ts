import { z } from 'zod'
import { ROLES } from '../model/roles'
import { action } from './action'
import { authActions } from './auth.contract'
import { homeView } from './methods.views'
import { studyActions } from './study.contract'
import { planProgressView } from './study-plan.contract'

// The first screen of every role in one call: on CloudBase each call is its own function
// invocation and network round trip, so the home asks once instead of three times.

export const homeActions = {
  'home.get': action({
    summary:
      "Everything the home of any role shows in one call: the caller (person, unit, area, roles), and for studying roles this month's self-study x/quota, what is due and the latest records",
    input: z.object({}).default({}),
    output: z.object({
      /** The same answer as `me.get`: the client keeps it as the session. */
      me: authActions['me.get'].output,
      /** This month's self-study and progress; null for roles without the study quota. */
      month: studyActions['study.month'].output.nullable(),
      /** Lectures, what is due, latest records; null for roles without the study quota. */
      summary: homeView.nullable(),
      /**
       * This month's self-study plan for studying roles: planned vs studied and the next planned
       * speech (progress null without a plan), and how many speeches the admin suggested; null for
       * roles without the study quota.
       */
      plan: z.object({ progress: planProgressView.nullable(), suggested: z.number().int().nonnegative() }).nullable(),
      /** Unread reminders in the caller's inbox. */
      unread: z.number().int().nonnegative(),
      /** The caller leads an active observation group, so plans observations in its areas (各级党组织). */
      leadsObservationGroup: z.boolean(),
      /**
       * What the caller has planned besides lectures, from two weeks before its day until confirmed
       * (core/rules/planned.ts), soonest first: a unit secretary's meetings and central-group sessions
       * until recorded, an observer's observations until they scored; empty for others.
       */
      plannedDue: z.array(
        z.object({ key: z.string(), kind: z.enum(['meeting', 'session', 'observation']), text: z.string(), when: z.string() })
      )
    }),
    roles: ROLES,
    write: false
  })
}
