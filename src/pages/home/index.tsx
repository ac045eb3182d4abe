import { Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useHome } from '@/hooks/useHome'
import { useSession } from '@/hooks/useSession'
import { open, ROUTES } from '@/services/routes'
import { isAdmin, isObserver, isStudying, isUnitRole } from '@/services/session'
import StudySection from './StudySection'
import UnitDue from './UnitDue'
import './index.scss'

/** Home: what the caller has to do, by role; one function call (`home.get`) fills all of it. */
export default function HomePage() {
  const home = useHome()
  // The home's own call answers the session: no separate `me.get`.
  const session = useSession(false)
  const me = home.home.data?.me ?? session.me
  if (!me) {
    return (
      <View className="page">
        <StateView
          loading={home.home.loading || session.status === 'loading'}
          error={home.home.error}
          onRetry={() => void home.reload()}
          testId="home"
        />
      </View>
    )
  }
  const studying = isStudying(me)
  const unitRole = isUnitRole(me)
  const admin = isAdmin(me)
  const onlyObserver = isObserver(me) && !studying && !unitRole && !admin
  return (
    <View className="page home-page">
      <View className="home-hello">
        <Text className="home-name">{me.person.name}，您好</Text>
        <Text className="home-unit">{[me.unit?.name, me.person.position].filter(Boolean).join(' · ')}</Text>
      </View>

      {!!home.home.data?.unread && (
        <View className="card home-link home-inbox" onClick={() => open(ROUTES.inbox)} data-testid="home-inbox">
          <View className="list-main">
            <View className="home-link-title">
              我的提醒 <Text className="home-inbox-count">{home.home.data.unread} 条未读</Text>
            </View>
            <View className="list-sub">临近期限还未完成的事项</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {studying && <StudySection home={home} />}

      <UnitDue
        items={home.home.data?.plannedDue ?? []}
        title={(home.home.data?.summary?.due.length ?? 0) > 0 ? '接下来要做 · 会议与巡听' : '接下来要做'}
      />

      {unitRole && (
        <View className="card home-link" onClick={() => open(ROUTES.unitMethods)} data-testid="home-unit">
          <View className="list-main">
            <View className="home-link-title">本单位干部学习情况</View>
            <View className="list-sub">逐人查看五种学习方式的落实情况，按月或按年</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {(unitRole || me.person.roles.includes('districtLeader')) && (
        <View
          className="card home-link"
          onClick={() => open(unitRole ? ROUTES.dashboardUnit : ROUTES.dashboardDistrict)}
          data-testid="home-dashboard"
        >
          <View className="list-main">
            <View className="home-link-title">{unitRole ? '本单位数据总览' : '全区学习情况'}</View>
            <View className="list-sub">
              {unitRole ? '自学达标率、第一议题、巡听评分和整改，全年逐月图表' : '经区委宣传部开放后可查看各片区、各单位情况'}
            </View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {unitRole && (
        <View className="card home-link" onClick={() => open(ROUTES.meetingList)} data-testid="home-meetings">
          <View className="list-main">
            <View className="home-link-title">会议与第一议题</View>
            <View className="list-sub">记录党（工）委（党组）会议，查看第一议题落实情况</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {unitRole && (
        <View className="card home-link" onClick={() => open(ROUTES.groupList)} data-testid="home-group">
          <View className="list-main">
            <View className="home-link-title">中心组学习</View>
            <View className="list-sub">登记学习计划，记录到会、领学和研讨发言</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {unitRole && (
        <View className="card home-link" onClick={() => open(ROUTES.publicityList)} data-testid="home-publicity">
          <View className="list-main">
            <View className="home-link-title">宣传报道</View>
            <View className="list-sub">登记本单位的投稿、刊发和学习强国供稿，查看统计</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {unitRole && (
        <View className="card home-link" onClick={() => open(ROUTES.modelsList)} data-testid="home-models">
          <View className="list-main">
            <View className="home-link-title">先进典型推荐</View>
            <View className="list-sub">推荐本单位或本单位干部，查看推荐进展</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {admin && (
        <View className="card" data-testid="home-admin">
          <View className="card-title">管理</View>
          <AdminLink title="全部管理功能" sub="名册、学习任务、第一议题、中心组学习、巡听旁听、提醒" route={ROUTES.adminIndex} />
          <AdminLink title="讲话目录" sub="维护供干部选择的重要讲话" route={ROUTES.adminSpeeches} />
          <AdminLink title="推荐学习清单" sub="每月推荐干部自学的讲话，干部可一键采用" route={ROUTES.adminStudyPlan} />
          <AdminLink title="各单位学习情况" sub="按单位查看干部五种学习方式落实情况" route={ROUTES.unitMethods} />
          <AdminLink title="学习任务设置" sub="年度任务数、投稿平台、学校名单" route={ROUTES.adminMethods} />
          <AdminLink title="提醒" sub="今天提醒谁、提醒什么，立即运行" route={ROUTES.adminReminders} />
          <AdminLink title="中心组学习安排" sub="各单位已登记的中心组学习，据此安排巡听" route={ROUTES.groupUpcoming} />
        </View>
      )}

      {unitRole && (
        <View className="card home-link" onClick={() => open(ROUTES.unitRectify)} data-testid="home-rectify">
          <View className="list-main">
            <View className="home-link-title">巡听反馈与整改</View>
            <View className="list-sub">查看巡听旁听反馈，提交整改落实情况</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {isObserver(me) && (
        <View className="card home-link" onClick={() => open(ROUTES.observeList)} data-testid="home-observe">
          <View className="list-main">
            <View className="home-link-title">巡听旁听</View>
            <View className="list-sub">本组的巡听安排、现场评分和整改核验</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {home.home.data?.leadsObservationGroup && !admin && (
        <View className="card home-link" onClick={() => open(ROUTES.adminObservePlans)} data-testid="home-observe-plans">
          <View className="list-main">
            <View className="home-link-title">安排巡听</View>
            <View className="list-sub">为本组片区安排定点、随机、专项巡听，处理单位邀请</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {isObserver(me) && !admin && (
        <View className="card home-link" onClick={() => open(ROUTES.groupUpcoming)} data-testid="home-group-upcoming">
          <View className="list-main">
            <View className="home-link-title">中心组学习安排</View>
            <View className="list-sub">本组片区各单位即将开展的中心组学习</View>
          </View>
          <Text className="home-arrow">›</Text>
        </View>
      )}

      {!studying && !unitRole && !admin && !onlyObserver && (
        <View className="card muted">您的账号暂未分配需要记录的学习任务。</View>
      )}
    </View>
  )
}

function AdminLink({ title, sub, route }: { title: string; sub: string; route: (typeof ROUTES)[keyof typeof ROUTES] }) {
  return (
    <View className="list-item" onClick={() => open(route)}>
      <View className="list-main">
        <View className="list-title">{title}</View>
        <View className="list-sub">{sub}</View>
      </View>
      <Text className="home-arrow">›</Text>
    </View>
  )
}
