import type { IdentityResolver } from '../../ports/identity.port'
import { getCloudbaseApp } from './app'

/**
 * The caller as CloudBase says: the WeChat OPENID it puts in the function's context (empty for
 * calls that do not come from the mini-program, which are anonymous).
 */
export const cloudbaseIdentityResolver: IdentityResolver = async () => {
  const { openId } = getCloudbaseApp().auth().getUserInfo()
  return openId ? { kind: 'openId', openId } : { kind: 'anonymous' }
}
