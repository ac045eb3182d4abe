import { ROUTES, type Route } from '@/services/routes'

/** The areas of work, in the order the publicity department thinks of them; an area with no link is not shown. */
export const ADMIN_AREAS = [
  // Where the district stands first: what the publicity department opens most.
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
] as const

export type AdminArea = (typeof ADMIN_AREAS)[number]

export interface AdminLink {
  area: AdminArea
  title: string
  /** One line: what the admin does there. */
  sub: string
  route: Route
  /** Query parameters the page opens with (e.g. the district's scope of a shared list). */
  params?: Record<string, string>
  testId: string
}

/** Every admin page: adding one is one entry here (issue 13 item 2). */
export const ADMIN_LINKS: readonly AdminLink[] = [
  {
    area: '数据总览与考核',
    title: '全区学习情况',
    sub: '各片区、各单位自学、第一议题、巡听与整改',
    route: ROUTES.dashboardDistrict,
    testId: 'admin-dashboard'
  },
  {
    area: '数据总览与考核',
    title: '年度考核导出',
    sub: '一键导出年度意识形态专项考核表（Excel）',
    route: ROUTES.assessmentExport,
    testId: 'admin-export'
  },
  {
    area: '数据总览与考核',
    title: '整改督查',
    sub: '各单位整改进度，逾期未整改一目了然',
    route: ROUTES.adminRectifyList,
    testId: 'admin-rectify-list'
  },
  {
    area: '名册',
    title: '人员与角色',
    sub: '查找、新增、修改人员，发放绑定验证码',
    route: ROUTES.adminPeople,
    testId: 'admin-people'
  },
  { area: '名册', title: '导入名册', sub: '从 Excel 或 CSV 文件批量导入人员', route: ROUTES.adminImport, testId: 'admin-import' },
  { area: '名册', title: '单位', sub: '按片区管理单位、党组织类型和状态', route: ROUTES.adminUnits, testId: 'admin-units' },
  { area: '名册', title: '片区', sub: '新增片区、修改名称', route: ROUTES.adminAreas, testId: 'admin-areas' },
  {
    area: '学习任务与目录',
    title: '各单位学习情况',
    sub: '按单位查看干部五种学习方式落实情况',
    route: ROUTES.unitMethods,
    testId: 'admin-overview'
  },
  {
    area: '学习任务与目录',
    title: '学习任务设置',
    sub: '年度任务数、投稿平台、讲课学校名单',
    route: ROUTES.adminMethods,
    testId: 'admin-methods'
  },
  {
    area: '学习任务与目录',
    title: '讲话目录',
    sub: '维护干部自学时选择的重要讲话',
    route: ROUTES.adminSpeeches,
    testId: 'admin-speeches'
  },
  {
    area: '学习任务与目录',
    title: '推荐学习清单',
    sub: '每月推荐干部自学的讲话，干部可一键采用',
    route: ROUTES.adminStudyPlan,
    testId: 'admin-study-plan'
  },
  {
    area: '第一议题',
    title: '第一议题落实情况',
    sub: '全区、各片区、各单位的覆盖率，不合规和未记录的会议',
    route: ROUTES.meetingDistrict,
    testId: 'admin-meeting-district'
  },
  {
    area: '第一议题',
    title: '经典著作目录',
    sub: '会议第一议题可关联的经典著作',
    route: ROUTES.meetingClassics,
    testId: 'admin-meeting-classics'
  },
  {
    area: '中心组学习',
    title: '中心组学习安排',
    sub: '各单位已登记的中心组学习，据此安排巡听',
    route: ROUTES.groupUpcoming,
    testId: 'admin-group-upcoming'
  },
  {
    area: '巡听旁听',
    title: '巡听旁听安排',
    sub: '定点、随机抽取、应邀、专项和相互巡听',
    route: ROUTES.adminObservePlans,
    testId: 'admin-observe-plans'
  },
  {
    area: '巡听旁听',
    title: '巡听旁听小组',
    sub: '组建小组、确定组长和负责片区',
    route: ROUTES.adminObserveGroups,
    testId: 'admin-observe-groups'
  },
  {
    area: '巡听旁听',
    title: '巡听评分细则',
    sub: '查看和发布评分细则版本',
    route: ROUTES.adminObserveRubric,
    testId: 'admin-observe-rubric'
  },
  {
    area: '巡听旁听',
    title: '巡听年度情况',
    sub: '各单位巡听得分、等级和整改情况',
    route: ROUTES.adminObserveFigures,
    testId: 'admin-observe-figures'
  },
  {
    area: '提醒',
    title: '提醒',
    sub: '今天提醒谁、提醒什么，立即运行',
    route: ROUTES.adminReminders,
    testId: 'admin-reminders'
  },
  {
    area: '先进典型',
    title: '先进典型审核',
    sub: '审核各单位推荐，命名或撤销先进典型',
    route: ROUTES.modelsList,
    testId: 'admin-models'
  },
  {
    area: '先进典型',
    title: '先进典型展示',
    sub: '全区已命名的先进典型和示范班、示范课',
    route: ROUTES.modelsShowcase,
    testId: 'admin-models-showcase'
  },
  {
    area: '宣传报道',
    title: '宣传统计',
    sub: '各单位、各平台的投稿和刊发篇数，按月或按年',
    route: ROUTES.publicityCounts,
    testId: 'admin-publicity-counts'
  },
  {
    area: '宣传报道',
    title: '全区宣传报道',
    sub: '全区登记的投稿、刊发和学习强国供稿',
    route: ROUTES.publicityList,
    params: { scope: 'district' },
    testId: 'admin-publicity-list'
  },
  {
    area: '意见反馈',
    title: '意见反馈处理',
    sub: '干部的意见建议，回复与办结',
    route: ROUTES.feedbackAdmin,
    testId: 'admin-feedback'
  }
]

/** The links grouped by area, in area order, leaving out areas without a link. */
export function adminMenu(links: readonly AdminLink[] = ADMIN_LINKS): { area: AdminArea; links: AdminLink[] }[] {
  return ADMIN_AREAS.map((area) => ({ area, links: links.filter((l) => l.area === area) })).filter((g) => g.links.length > 0)
}
