const openIds: string[] = []
const init = jest.fn((_config: unknown) => ({ auth: () => ({ getUserInfo: () => ({ openId: openIds.shift() ?? '' }) }) }))
// jest.mock is hoisted above the lines before it: reach `init` only when the SDK is called.
jest.mock('@cloudbase/node-sdk', () => ({ init: (config: unknown) => init(config), SYMBOL_CURRENT_ENV: Symbol.for('current') }))

import { cloudbaseIdentityResolver, getCloudbaseApp } from '../../cloudfunctions/lib/adapters/cloudbase'

describe('CloudBase app and identity', () => {
  it('does not initialise the SDK on import, then initialises it once for the current environment', () => {
    expect(init).not.toHaveBeenCalled()
    expect(getCloudbaseApp()).toBe(getCloudbaseApp())
    expect(init).toHaveBeenCalledTimes(1)
    expect(init).toHaveBeenCalledWith({ env: Symbol.for('current') })
  })

  it('reads the caller’s OPENID, and treats an empty one as anonymous', async () => {
    openIds.push('oABC', '')
    expect(await cloudbaseIdentityResolver({}, {})).toEqual({ kind: 'openId', openId: 'oABC' })
    expect(await cloudbaseIdentityResolver({}, {})).toEqual({ kind: 'anonymous' })
  })
})
