import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Period } from '@/core/rules/agenda'
import { GRADES } from '@/core/rules/observation'
import ListRow from '@/components/ListRow'
import RoleGate from '@/components/RoleGate'
import StateView from '@/components/StateView'
import SwitchChips from '@/components/SwitchChips'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import PeriodPicker, { periodInput } from '../../../meeting/components/PeriodPicker'
import BarChart from '../../components/BarChart'
import Figures, { figureLines } from '../../components/Figures'
import { periodFromParams, periodParams } from '../../components/period'

const ALL = 'all'

/** The publicity department's whole picture: district, areas, units (admin order), charts, district leaders' lectures. */
function DistrictPage({ isAdmin }: { isAdmin: boolean }) {
  const { params } = useRouter()
  const [period, setPeriod] = useState<Period>(() => periodFromParams(params))
  const [areaId, setAreaId] = useState<string>(params.areaId || ALL)
  const data = useQuery(
    () => call('dashboard.district', { ...periodInput(period), areaId: areaId === ALL ? undefined : areaId }),
    [JSON.stringify(period), areaId]
  )
  const access = useSave('dashboard.access.save')
  const d = data.data
  const shown = areaId === ALL ? '全区' : (d?.areas[0]?.name ?? '')
  return (
    <View className="page">
      <PeriodPicker period={period} onChange={setPeriod} />
      {areaId !== ALL && (
        <View className="card">
          <ListRow title={`正在查看：${shown}`} action="返回全区" onAction={() => setAreaId(ALL)} testId="dashboard-area-back" />
        </View>
      )}
      <StateView loading={data.loading && !d} error={d ? null : data.error} onRetry={() => void data.reload()} testId="dashboard">
        {d && (
          <>
            <View className="card">
              <View className="card-title">
                {shown} · {d.period.label}
              </View>
              <Figures f={areaId === ALL ? d.district : (d.areas[0]?.figures ?? d.district)} testId="dashboard-district" />
            </View>
            <BarChart
              title="自学完成情况（按月）"
              valueHeader="达标人次 / 应达标"
              max={100}
              testId="chart-study"
              bars={d.studyByMonth.map((m) => ({
                key: m.month,
                label: `${Number(m.month.slice(5))}月`,
                value: m.share,
                text: m.due === 0 ? '未到' : `${m.met}/${m.due} · ${m.share}%`
              }))}
            />
            {areaId === ALL && (
              <BarChart
                title="第一议题覆盖率（各片区）"
                valueHeader="合规 / 会议"
                max={100}
                testId="chart-coverage"
                bars={d.areas.map((a) => ({
                  key: a.id,
                  label: a.name,
                  value: a.figures.coverage.rate,
                  text:
                    a.figures.coverage.meetings === 0
                      ? '无会议'
                      : `${a.figures.coverage.compliant}/${a.figures.coverage.meetings} · ${a.figures.coverage.rate}%`
                }))}
              />
            )}
            <BarChart
              title="巡听旁听评分分布"
              valueHeader="场次"
              max={Math.max(1, ...GRADES.map((g) => d.district.observation.grades[g] ?? 0))}
              testId="chart-grades"
              bars={GRADES.map((g) => ({
                key: g,
                label: g,
                value: d.district.observation.grades[g] ?? 0,
                text: `${d.district.observation.grades[g] ?? 0} 场`
              }))}
            />
            {d.areas.map((a) => (
              <View key={a.id} className="card" data-testid="dashboard-area">
                <View className="card-title">
                  {a.name} · {a.units.length} 个单位
                </View>
                {areaId === ALL && (
                  <ListRow title="片区合计" action="只看本片区" onAction={() => setAreaId(a.id)} testId="dashboard-area-open">
                    <View className="list-sub">{figureLines(a.figures).study}</View>
                  </ListRow>
                )}
                {a.units.map((u) => {
                  const l = figureLines(u.figures)
                  return (
                    <ListRow
                      key={u.id}
                      title={u.name}
                      action="查看"
                      onClick={() => open(ROUTES.dashboardUnit, { unitId: u.id, ...periodParams(period) })}
                      testId="dashboard-unit"
                    >
                      <View className="list-sub">自学 {l.study}</View>
                      <View className="list-sub">第一议题 {l.coverage}</View>
                      <View className="list-sub">巡听 {l.observation}</View>
                    </ListRow>
                  )
                })}
                {a.units.length === 0 && <View className="muted">本片区还没有单位。</View>}
              </View>
            ))}
            <View className="card" data-testid="dashboard-lecturers">
              <View className="card-title">区级领导进中小学讲课 · {d.period.year}年</View>
              <StateView empty={d.lecturers.length === 0} emptyText="名册中还没有区级领导。">
                {d.lecturers.map((p) => (
                  <View key={p.personId} className="list-item">
                    <View className="list-main">
                      <View className="list-title">{p.name}</View>
                      <View className="list-sub">{p.unitName}</View>
                    </View>
                    <Text className={p.met ? 'figure-text' : 'figure-text figure-alert'}>
                      {p.given}/{p.quota} 次
                    </Text>
                  </View>
                ))}
              </StateView>
            </View>
            {isAdmin && (
              <View className="card">
                <View className="card-title">区级领导查看本页</View>
                <SwitchChips
                  value={d.leadersMayView}
                  labels={['允许（只读）', '不允许']}
                  onChange={(leadersMayView) => void access.save({ leadersMayView }).then((out) => out && data.reload())}
                  testId="dashboard-access"
                />
              </View>
            )}
            <View className="muted">单位按片区和管理员设定的顺序排列，人员按名册顺序，不作排名。</View>
          </>
        )}
      </StateView>
    </View>
  )
}

export default function Page() {
  return (
    <RoleGate
      allow={(me) => me.person.roles.includes('admin') || me.person.roles.includes('districtLeader')}
      refusal="本页供区委宣传部使用；区级领导经管理员开放后可以查看。"
    >
      {(me) => <DistrictPage isAdmin={me.person.roles.includes('admin')} />}
    </RoleGate>
  )
}
