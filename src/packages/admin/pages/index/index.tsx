import { Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useSession } from '@/hooks/useSession'
import { open, ROUTES, type Route } from '@/services/routes'
import { isAdmin } from '@/services/session'
import './index.scss'

const MENU: ReadonlyArray<{ title: string; sub: string; route: Route; testId: string }> = [
  { title: '片区', sub: '新增片区、修改名称', route: ROUTES.adminAreas, testId: 'admin-areas' },
  { title: '单位', sub: '按片区管理单位、党组织类型和状态', route: ROUTES.adminUnits, testId: 'admin-units' },
  { title: '人员与角色', sub: '查找、新增、修改人员，发放验证码', route: ROUTES.adminPeople, testId: 'admin-people' },
  { title: '导入名册', sub: '从 Excel 或 CSV 文件批量导入人员', route: ROUTES.adminImport, testId: 'admin-import' },
  { title: '讲话目录', sub: '维护干部自学时选择的重要讲话', route: ROUTES.adminSpeeches, testId: 'admin-speeches' },
  {
    title: '第一议题落实情况',
    sub: '全区、各片区、各单位的覆盖率，不合规和未记录的会议',
    route: ROUTES.meetingDistrict,
    testId: 'admin-meeting-district'
  },
  { title: '经典著作目录', sub: '会议第一议题可关联的经典著作', route: ROUTES.meetingClassics, testId: 'admin-meeting-classics' },
  {
    title: '各单位学习情况',
    sub: '按单位查看干部五种学习方式落实情况',
    route: ROUTES.unitMethods,
    testId: 'admin-overview'
  },
  { title: '学习任务设置', sub: '年度任务数、投稿平台、讲课学校名单', route: ROUTES.adminMethods, testId: 'admin-methods' },
  {
    title: '巡听旁听小组',
    sub: '组建小组、确定组长和负责片区',
    route: ROUTES.adminObserveGroups,
    testId: 'admin-observe-groups'
  },
  {
    title: '巡听旁听安排',
    sub: '定点、随机抽取、应邀、专项和相互巡听',
    route: ROUTES.adminObservePlans,
    testId: 'admin-observe-plans'
  },
  { title: '巡听评分细则', sub: '查看和发布评分细则版本', route: ROUTES.adminObserveRubric, testId: 'admin-observe-rubric' },
  {
    title: '巡听年度情况',
    sub: '各单位巡听得分、等级和整改情况',
    route: ROUTES.adminObserveFigures,
    testId: 'admin-observe-figures'
  }
]

/** The publicity department's menu. */
export default function AdminIndexPage() {
  const session = useSession()
  if (!session.me)
    return <StateView loading={session.status !== 'error'} error={session.error?.message} onRetry={session.reload} />
  if (!isAdmin(session.me)) {
    return (
      <View className="page">
        <StateView error="此页面仅供区委宣传部管理员使用。" />
      </View>
    )
  }
  return (
    <View className="page">
      <View className="card">
        {MENU.map((m) => (
          <View key={m.route} className="list-item" onClick={() => open(m.route)} data-testid={m.testId}>
            <View className="list-main">
              <View className="list-title">{m.title}</View>
              <View className="list-sub">{m.sub}</View>
            </View>
            <Text className="admin-arrow">›</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
