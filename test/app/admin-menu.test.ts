jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import { ADMIN_LINKS, adminMenu, type AdminLink } from '@/packages/admin/pages/index/menu'
import { ROUTES } from '@/services/routes'

// Issue 13 item 2: the admin finds every area of work from the admin home, grouped as the
// publicity department thinks, never only through 名册与单位.

describe('the admin home', () => {
  it('links every admin page (except itself) and the admin-only meeting pages', () => {
    const linked = new Set(ADMIN_LINKS.map((l) => l.route))
    const adminPages = Object.values(ROUTES).filter((r) => r.startsWith('/packages/admin/') && r !== ROUTES.adminIndex)
    const missing = [...adminPages, ROUTES.meetingDistrict, ROUTES.meetingClassics, ROUTES.unitMethods].filter(
      (r) => !linked.has(r)
    )
    expect(missing).toEqual([])
  })

  it('groups them 数据总览与考核 · 名册 · 学习任务与目录 · 第一议题 · 中心组学习 · 巡听旁听 · 先进典型 · 宣传报道 · 提醒 · 意见反馈', () => {
    expect(adminMenu().map((g) => g.area)).toEqual([
      '数据总览与考核',
      '名册',
      '学习任务与目录',
      '第一议题',
      '中心组学习',
      '巡听旁听',
      '先进典型',
      '宣传报道',
      '提醒',
      '意见反馈'
    ])
    expect(
      adminMenu()
        .find((g) => g.area === '巡听旁听')
        ?.links.map((l) => l.title)
    ).toEqual(['巡听旁听安排', '巡听旁听小组', '巡听评分细则', '巡听年度情况'])
  })

  it('shows an area as soon as it has one link, in its place', () => {
    const link: AdminLink = { area: '先进典型', title: '先进典型', sub: '审核推荐、命名', route: ROUTES.home, testId: 't' }
    const withoutModels = ADMIN_LINKS.filter((l) => l.area !== '先进典型')
    expect(adminMenu(withoutModels).map((g) => g.area)).not.toContain('先进典型')
    const areas = adminMenu([...withoutModels, link]).map((g) => g.area)
    expect(areas.indexOf('先进典型')).toBe(areas.indexOf('巡听旁听') + 1)
  })

  it('gives every link a one-line subtitle and its own test id', () => {
    expect(ADMIN_LINKS.filter((l) => l.sub.trim() === '' || l.sub.length > 30)).toEqual([])
    expect(new Set(ADMIN_LINKS.map((l) => l.testId)).size).toBe(ADMIN_LINKS.length)
  })
})
