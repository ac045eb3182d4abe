import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Role } from '@/core/model'
import type { Period } from '@/core/rules/agenda'
import ChipGroup from '@/components/ChipGroup'
import ListRow from '@/components/ListRow'
import RoleGate from '@/components/RoleGate'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import PeriodPicker, { periodInput } from '../../../meeting/components/PeriodPicker'
import BarChart from '../../components/BarChart'
import Figures from '../../components/Figures'
import { periodFromParams } from '../../components/period'
import YearView from './YearView'

const VIEWERS: readonly Role[] = ['admin', 'districtLeader', 'unitLeader', 'unitSecretary']

const VIEWS = [
  { value: 'period', label: '按期查看' },
  { value: 'year', label: '全年逐月' }
] as const

/** One unit: its figures for a period and each cadre's (roster order), or its year month by month. */
function UnitPage() {
  const { params } = useRouter()
  const unitId = params.unitId || undefined
  const [period, setPeriod] = useState<Period>(() => periodFromParams(params))
  const [view, setView] = useState<'period' | 'year'>('period')
  const data = useQuery(
    () => call('dashboard.unit', { unitId, ...periodInput(period) }),
    [unitId, JSON.stringify(period)],
    view === 'period'
  )
  const d = data.data
  return (
    <View className="page">
      <View className="card">
        <ChipGroup options={VIEWS} value={[view]} single onChange={([v]) => setView(v)} testId="dashboard-unit-view" />
      </View>
      {view === 'year' ? (
        <YearView unitId={unitId} year={period.kind === 'month' ? Number(period.month.slice(0, 4)) : period.year} />
      ) : (
        <>
          <PeriodPicker period={period} onChange={setPeriod} />
          <StateView
            loading={data.loading && !d}
            error={d ? null : data.error}
            onRetry={() => void data.reload()}
            testId="dashboard-unit"
          >
            {d && (
              <>
                <View className="card">
                  <View className="card-title" data-testid="dashboard-unit-title">
                    {d.unit.name} · {d.period.label}
                  </View>
                  <View className="list-sub">{d.unit.areaName}</View>
                  <Figures f={d.figures} testId="dashboard-unit-figures" />
                </View>
                <BarChart
                  title="本期每人自学达标月数"
                  valueHeader="达标月数"
                  max={Math.max(1, ...d.people.map((p) => p.studyMonths))}
                  testId="chart-people"
                  bars={d.people.map((p) => ({
                    key: p.personId,
                    label: p.name,
                    value: p.studyMonthsMet,
                    text: `${p.studyMonthsMet}/${p.studyMonths} 个月`
                  }))}
                />
                <View className="card" data-testid="dashboard-people">
                  <View className="card-title">干部（按名册顺序）</View>
                  <StateView empty={d.people.length === 0} emptyText="本单位名册中还没有党员领导干部。">
                    {d.people.map((p) => (
                      <ListRow
                        key={p.personId}
                        title={p.name}
                        action={d.canOpenRecords ? '记录' : ''}
                        onClick={
                          d.canOpenRecords
                            ? () =>
                                open(ROUTES.unitPerson, {
                                  personId: p.personId,
                                  ...(period.kind === 'month'
                                    ? { month: period.month }
                                    : { period: 'year', month: `${period.year}-12` })
                                })
                            : undefined
                        }
                        testId="dashboard-person"
                      >
                        <View className="list-sub">{p.position}</View>
                        <View className="list-sub">
                          自学达标 {p.studyMonthsMet}/{p.studyMonths} 个月 · 心得 {p.notes.written}（刊发 {p.notes.published}）
                        </View>
                        <View className="list-sub">
                          {p.lectureYear ? `全年讲课 ${p.lectureYear.given}/${p.lectureYear.quota} · ` : ''}宣讲 {p.outreach} ·
                          领学 {p.leadStudy} · 交流 {p.exchange}
                        </View>
                      </ListRow>
                    ))}
                  </StateView>
                </View>
                <View className="muted">人员按名册顺序排列，不作排名。</View>
              </>
            )}
          </StateView>
        </>
      )}
    </View>
  )
}

export default function Page() {
  return (
    <RoleGate
      allow={(me) => VIEWERS.some((r) => me.person.roles.includes(r))}
      refusal="本页供单位主要负责同志、单位记录员和区委宣传部使用。"
    >
      {() => <UnitPage />}
    </RoleGate>
  )
}
