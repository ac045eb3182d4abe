import { isLaunchOf } from '@/services/launch-path'

describe('which page the app was launched on', () => {
  const HOME = '/pages/home/index'
  it('knows the home from weapp’s and H5’s launch paths', () => {
    expect(isLaunchOf('pages/home/index', HOME)).toBe(true)
    expect(isLaunchOf('/pages/home/index', HOME)).toBe(true)
    expect(isLaunchOf('/pages/home/index?stamp=1', HOME)).toBe(true)
  })

  it('does not take another page, or no path, for the home', () => {
    expect(isLaunchOf('/packages/meeting/pages/checkin/index', HOME)).toBe(false)
    expect(isLaunchOf('/pages/home/indexes', HOME)).toBe(false)
    expect(isLaunchOf(undefined, HOME)).toBe(false)
    expect(isLaunchOf('', HOME)).toBe(false)
  })
})
