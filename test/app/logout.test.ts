const storage = new Map<string, string>()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: string) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key)
  }
}))

import { getToken, revokeSession, setToken } from '@/services/token'

describe('logout on H5', () => {
  it('asks the host to revoke the stored token, then forgets it on the device', async () => {
    setToken('token-1')
    const revoked: string[] = []
    await revokeSession(async (token) => {
      expect(getToken()).toBe('token-1') // still there while the host is asked
      revoked.push(token)
    })
    expect(revoked).toEqual(['token-1'])
    expect(getToken()).toBeNull()
    expect(storage.size).toBe(0)
  })

  it('forgets the token even when the host cannot be reached', async () => {
    setToken('token-2')
    await revokeSession(() => Promise.reject(new Error('offline')))
    expect(getToken()).toBeNull()
  })

  it('asks nothing when nobody is signed in', async () => {
    const revoke = jest.fn()
    await revokeSession(revoke)
    expect(revoke).not.toHaveBeenCalled()
  })
})
