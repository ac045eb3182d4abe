import type { EarlyAnswer } from '@/services/early-home'
import { takeEarlyAnswer } from '@/services/early-home'

// The home's early call from index.html: taken once, by home.get, with the token it was sent with.

const HOME = { action: 'home.get' as const, input: {} }
const answer: EarlyAnswer = { token: 'tok-a', statusCode: 200, data: { ok: true, data: { me: null } } }
type Holder = { __earlyHome?: Promise<EarlyAnswer> }

const global = globalThis as unknown as { window?: Holder }

beforeEach(() => {
  global.window = { __earlyHome: Promise.resolve(answer) }
})

afterAll(() => {
  delete global.window
})

describe('the early home answer', () => {
  it('goes to the first home.get with the same token, and only once', async () => {
    expect(await takeEarlyAnswer(HOME, 'tok-a', '')).toEqual(answer)
    expect((global.window as Holder).__earlyHome).toBeUndefined()
    expect(await takeEarlyAnswer(HOME, 'tok-a', '')).toBeNull()
  })

  it('is left for home.get when another action comes first', async () => {
    expect(await takeEarlyAnswer({ action: 'me.get', input: {} }, 'tok-a', '')).toBeNull()
    expect(await takeEarlyAnswer(HOME, 'tok-a', '')).toEqual(answer)
  })

  it('is dropped when the token changed since, when the API is elsewhere, or when the call failed', async () => {
    const win = global.window as Holder
    expect(await takeEarlyAnswer(HOME, 'tok-b', '')).toBeNull()
    win.__earlyHome = Promise.resolve(answer)
    expect(await takeEarlyAnswer(HOME, 'tok-a', 'https://api.example.org')).toBeNull()
    win.__earlyHome = Promise.reject(new Error('offline'))
    expect(await takeEarlyAnswer(HOME, 'tok-a', '')).toBeNull()
    expect(win.__earlyHome).toBeUndefined()
  })
})
