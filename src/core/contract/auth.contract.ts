import { z } from 'zod'
import { ROLES } from '../model/roles'
import { action } from './action'
import { id, phone, text } from './fields'
import { areaView, personView, unitView } from './views'

const code = z
  .string({ required_error: '请填写验证码', invalid_type_error: '验证码应为数字' })
  .trim()
  .regex(/^\d{6}$/, '验证码应为6位数字')

export const authActions = {
  'auth.bind': action({
    summary: 'Binds the calling WeChat account to a roster person with name + phone + one-time code',
    input: z.object({ name: text('姓名', 20), phone: phone(), code }),
    output: z.object({ person: personView }),
    roles: ROLES,
    write: true,
    unbound: true
  }),
  'me.get': action({
    summary: "The caller's own person, unit and area",
    input: z.object({}).default({}),
    output: z.object({ person: personView, unit: unitView.nullable(), area: areaView.nullable() }),
    roles: ROLES,
    write: false
  }),
  'roster.codes.status': action({
    summary: "A person's one-time code and failed attempts, shown to the admin where codes are issued",
    input: z.object({ personId: id('人员') }),
    output: z.object({
      /** An unused, unexpired, not voided code is outstanding; until when. */
      outstandingUntil: z.string().nullable(),
      /** The last code died of too many wrong tries. */
      voided: z.boolean(),
      /** Wrong tries in the last 15 minutes. */
      recentFailures: z.number(),
      /** Every try is refused until then. */
      lockedUntil: z.string().nullable()
    }),
    roles: ['admin'],
    write: false
  })
}

/** The login form of the local host (`POST /auth/login`), shared with the H5 client. */
export const loginInput = z.object({ phone: phone(), code })
export type LoginInput = z.infer<typeof loginInput>
