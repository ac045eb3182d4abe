import Taro from '@tarojs/taro'
import { destinationOf, returnRouteOf, type RouteTable } from './return-route'
import { readStored, removeStored, writeStored } from './storage'

/** Every page of the app, by purpose. */
export const ROUTES = {
  home: '/pages/home/index',
  login: '/pages/login/index',
  me: '/pages/me/index',
  studyRecord: '/pages/study/record/index',
  inbox: '/pages/inbox/index',
  adminIndex: '/packages/admin/pages/index/index',
  adminAreas: '/packages/admin/pages/areas/index',
  adminUnits: '/packages/admin/pages/units/index',
  adminPeople: '/packages/admin/pages/people/index',
  adminImport: '/packages/admin/pages/import/index',
  adminSpeeches: '/packages/admin/pages/speeches/index',
  adminReminders: '/packages/admin/pages/reminders/index',
  // The self-study plan (制定自学计划), issue 9
  studyPlan: '/packages/study/pages/plan/index',
  adminStudyPlan: '/packages/admin/pages/study-plan/index',
  // The study methods (issue 3)
  methodNew: '/packages/methods/pages/new/index',
  methodForm: '/packages/methods/pages/form/index',
  myRecords: '/packages/methods/pages/records/index',
  recordDetail: '/packages/methods/pages/detail/index',
  unitMethods: '/packages/unit/pages/methods/index',
  unitPerson: '/packages/unit/pages/person/index',
  adminMethods: '/packages/admin/pages/methods/index',
  // Committee meetings and the first agenda item (第一议题), issue 4
  meetingList: '/packages/meeting/pages/list/index',
  meetingEdit: '/packages/meeting/pages/edit/index',
  meetingDetail: '/packages/meeting/pages/detail/index',
  meetingQr: '/packages/meeting/pages/qr/index',
  meetingCheckIn: '/packages/meeting/pages/checkin/index',
  meetingCoverage: '/packages/meeting/pages/coverage/index',
  meetingDistrict: '/packages/meeting/pages/district/index',
  meetingClassics: '/packages/meeting/pages/classics/index',
  // Central-group study (中心组学习), issue 10
  groupList: '/packages/group/pages/list/index',
  groupEdit: '/packages/group/pages/edit/index',
  groupDetail: '/packages/group/pages/detail/index',
  groupMembers: '/packages/group/pages/members/index',
  groupPlan: '/packages/group/pages/plan/index',
  groupUpcoming: '/packages/admin/pages/group-upcoming/index',
  // Observation (巡听旁听), issue 5
  observeList: '/packages/observe/pages/list/index',
  observeSession: '/packages/observe/pages/session/index',
  observeFeedback: '/packages/observe/pages/feedback/index',
  observeReview: '/packages/observe/pages/review/index',
  unitRectify: '/packages/unit/pages/rectify/index',
  adminObserveGroups: '/packages/admin/pages/observe-groups/index',
  adminObservePlans: '/packages/admin/pages/observe-plans/index',
  adminObserveRubric: '/packages/admin/pages/observe-rubric/index',
  adminObserveFigures: '/packages/admin/pages/observe-figures/index',
  // 意识形态专题督查, issue 12
  adminRectifyList: '/packages/admin/pages/rectify-list/index',
  // 意见反馈 (issue 11): everyone's own messages and form; the admin's list
  feedbackMine: '/packages/feedback/pages/mine/index',
  feedbackNew: '/packages/feedback/pages/new/index',
  feedbackAdmin: '/packages/feedback/pages/admin/index',
  // Publicity (新闻宣传 / 新媒体宣传), issue 11
  publicityList: '/packages/publicity/pages/list/index',
  publicityForm: '/packages/publicity/pages/form/index',
  publicityCounts: '/packages/publicity/pages/counts/index',
  // Model examples (先进典型), issue 11
  modelsShowcase: '/packages/models/pages/showcase/index',
  modelsNominate: '/packages/models/pages/nominate/index',
  modelsList: '/packages/models/pages/list/index',
  modelsDetail: '/packages/models/pages/detail/index',
  /** The annual assessment export: the admin's district, a unit leader's or secretary's own unit. */
  assessmentExport: '/packages/admin/pages/export/index',
  // Dashboards (issue 12)
  dashboardDistrict: '/packages/dashboard/pages/district/index',
  dashboardUnit: '/packages/dashboard/pages/unit/index'
} as const

export type Route = (typeof ROUTES)[keyof typeof ROUTES]

/** True when the current page is the given route. */
export function isCurrent(route: Route): boolean {
  const pages = Taro.getCurrentPages()
  const current = pages[pages.length - 1]
  const path = current?.route ?? ''
  return `/${path.replace(/^\//, '')}`.startsWith(route)
}

/** Opens a page on top of the current one. */
export function open(route: Route, query: Record<string, string> = {}): void {
  const qs = Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  void Taro.navigateTo({ url: qs ? `${route}?${qs}` : route })
}

/** Back to the previous page, or home when there is none. */
export function back(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.switchTab({ url: ROUTES.home })
}

/** Goes to a tab page. */
export function switchTab(route: typeof ROUTES.home | typeof ROUTES.me): void {
  void Taro.switchTab({ url: route })
}

const TABLE: RouteTable = {
  routes: Object.values(ROUTES),
  tabs: [ROUTES.home, ROUTES.me],
  home: ROUTES.home,
  login: ROUTES.login
}

// Not in STORAGE_KEYS: only this module reads or writes it.
const RETURN_KEY = 'ts.returnTo'

/** The page on top of the stack with its own parameters (what its URL carried). */
function currentPage(): { route: string; params: Record<string, unknown> } | null {
  const pages = Taro.getCurrentPages()
  const page = pages[pages.length - 1] as
    { route?: string; $taroParams?: Record<string, unknown>; options?: Record<string, unknown> } | undefined
  if (!page?.route) return null
  return { route: page.route, params: page.$taroParams ?? page.options ?? {} }
}

/** Remembers the current page so that login / bind can bring the person back to it. */
function rememberCurrentPage(): void {
  const page = currentPage()
  const remembered = page && returnRouteOf(page.route, page.params, TABLE, Date.now())
  // Nothing worth returning to (e.g. the login page itself): keep what an earlier page left.
  if (remembered) writeStored(RETURN_KEY, remembered)
}

/** Forgets the page remembered for after login (logout: nobody was going anywhere). */
export function forgetReturnRoute(): void {
  removeStored(RETURN_KEY)
}

/**
 * Starts over at the login (H5) or bind (weapp) page, unless already there; remembers the page the
 * person was on or opening, unless `remember` is false.
 */
export function toLogin(remember = true): void {
  if (isCurrent(ROUTES.login)) return
  if (remember) rememberCurrentPage()
  void Taro.reLaunch({ url: ROUTES.login })
}

/**
 * After a login or bind: to the remembered page (once), else home. reLaunch in both cases so that
 * no page of the signed-out app stays in the stack; a tab page is opened without a query.
 */
export function afterLogin(): void {
  const destination = destinationOf(readStored<unknown>(RETURN_KEY), TABLE, Date.now())
  forgetReturnRoute()
  Taro.reLaunch({ url: destination.url }).catch(() => {
    if (destination.url !== ROUTES.home) void Taro.reLaunch({ url: ROUTES.home })
  })
}
