import { destinationOf, RETURN_MAX_AGE_MS, returnRouteOf, type RouteTable } from '@/services/return-route'

const table: RouteTable = {
  routes: ['/pages/home/index', '/pages/login/index', '/pages/me/index', '/packages/meeting/pages/checkin/index'],
  tabs: ['/pages/home/index', '/pages/me/index'],
  home: '/pages/home/index',
  login: '/pages/login/index'
}
const NOW = Date.UTC(2026, 10, 30, 2, 0)
const HOME = { url: '/pages/home/index', tab: true }
const checkIn = (query: Record<string, string>, at = NOW) => ({ path: '/packages/meeting/pages/checkin/index', query, at })

describe('where login goes next', () => {
  it('remembers the check-in page with its token and without the router’s own parameters', () => {
    const remembered = returnRouteOf(
      'packages/meeting/pages/checkin/index',
      { t: 'm1.tpb960.x-y_z', $taroTimestamp: 1764468000000, stamp: '3' },
      table,
      NOW
    )
    expect(remembered).toEqual(checkIn({ t: 'm1.tpb960.x-y_z' }))
  })

  it('does not remember the login page or a page the app does not have', () => {
    expect(returnRouteOf('/pages/login/index', {}, table, NOW)).toBeNull()
    expect(returnRouteOf('/pages/nowhere/index', {}, table, NOW)).toBeNull()
  })

  it('goes back to the check-in URL it was opened with after login', () => {
    const remembered = returnRouteOf('/packages/meeting/pages/checkin/index', { t: 'm1.tpb960.x-y_z' }, table, NOW)
    expect(destinationOf(remembered, table, NOW + 60_000)).toEqual({
      url: '/packages/meeting/pages/checkin/index?t=m1.tpb960.x-y_z',
      tab: false
    })
  })

  it('keeps a scanned WeChat link (q) encoded exactly once', () => {
    const q = encodeURIComponent('https://h/#/packages/meeting/pages/checkin/index?t=m1.tpb960.x')
    const { url } = destinationOf(checkIn({ q }), table, NOW)
    expect(url).toBe(`/packages/meeting/pages/checkin/index?q=${q}`)
  })

  it('re-encodes a raw value so it cannot add parameters or a fragment', () => {
    const { url } = destinationOf(checkIn({ t: 'a b#c' }), table, NOW)
    expect(url).toBe('/packages/meeting/pages/checkin/index?t=a%20b%23c')
  })

  it('opens a tab page without a query', () => {
    expect(destinationOf({ path: '/pages/me/index', query: { x: '1' }, at: NOW }, table, NOW)).toEqual({
      url: '/pages/me/index',
      tab: true
    })
  })

  it('goes home when nothing (or something unreadable) was remembered', () => {
    for (const value of [null, undefined, '', 'pages/me/index', 42, {}, { path: 7, at: NOW }, { path: '/pages/me/index' }]) {
      expect(destinationOf(value, table, NOW)).toEqual(HOME)
    }
  })

  it('goes home instead of leaving the app or looping back to login', () => {
    for (const path of [
      'https://evil.example/pages/home/index',
      '//evil.example/packages/meeting/pages/checkin/index',
      '/packages/meeting/pages/../../pages/me/index',
      '/pages/login/index',
      '/pages/unknown/index',
      'javascript:alert(1)'
    ]) {
      expect(destinationOf({ path, query: {}, at: NOW }, table, NOW)).toEqual(HOME)
    }
  })

  it('goes home when the remembered page is older than an hour or dated in the future', () => {
    expect(destinationOf(checkIn({ t: 'x' }, NOW - RETURN_MAX_AGE_MS - 1), table, NOW)).toEqual(HOME)
    expect(destinationOf(checkIn({ t: 'x' }, NOW + 3_600_000), table, NOW)).toEqual(HOME)
    expect(destinationOf(checkIn({ t: 'x' }, NOW - RETURN_MAX_AGE_MS + 1000), table, NOW).tab).toBe(false)
  })

  it('goes home when the remembered URL would be absurdly long', () => {
    expect(destinationOf(checkIn({ t: 'x'.repeat(2000) }), table, NOW)).toEqual(HOME)
  })
})
