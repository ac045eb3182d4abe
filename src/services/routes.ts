import Taro from '@tarojs/taro'

/** Every page of the app, by purpose. */
export const ROUTES = {
  home: '/pages/home/index',
  login: '/pages/login/index',
  me: '/pages/me/index',
  studyRecord: '/pages/study/record/index',
  adminIndex: '/packages/admin/pages/index/index',
  adminAreas: '/packages/admin/pages/areas/index',
  adminUnits: '/packages/admin/pages/units/index',
  adminPeople: '/packages/admin/pages/people/index',
  adminImport: '/packages/admin/pages/import/index',
  adminSpeeches: '/packages/admin/pages/speeches/index',
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
  // Observation (巡听旁听), issue 5
  observeList: '/packages/observe/pages/list/index',
  observeSession: '/packages/observe/pages/session/index',
  observeFeedback: '/packages/observe/pages/feedback/index',
  unitRectify: '/packages/unit/pages/rectify/index',
  adminObserveGroups: '/packages/admin/pages/observe-groups/index',
  adminObservePlans: '/packages/admin/pages/observe-plans/index',
  adminObserveRubric: '/packages/admin/pages/observe-rubric/index',
  adminObserveFigures: '/packages/admin/pages/observe-figures/index'
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

/** Starts over at the login (H5) or bind (weapp) page, unless already there. */
export function toLogin(): void {
  if (isCurrent(ROUTES.login)) return
  void Taro.reLaunch({ url: ROUTES.login })
}
