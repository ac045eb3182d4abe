import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import ChipGroup from '@/components/ChipGroup'
import MonthSwitcher from '@/components/MonthSwitcher'
import SelectPicker from '@/components/SelectPicker'
import StateView, { isRefusal } from '@/components/StateView'
import Tag from '@/components/Tag'
import type { UnitMethodsView } from '@/core/contract'
import { toneOfTarget } from '@/core/status'
import { isMonthKey } from '@/core/time'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'
import './index.scss'
import RoleGate from '@/components/RoleGate'

type Period = 'month' | 'year'
const PERIODS = [
  { value: 'month', label: '按月' },
  { value: 'year', label: '按年' }
] as const

const COLUMNS: Array<[key: string, label: string]> = [
  ['note', '心得'],
  ['outreach', '宣讲'],
  ['leadStudy', '领学'],
  ['exchange', '交流']
]

type Row = UnitMethodsView['rows'][number]

/** A unit's cadres with each method's count for a month or a year and the quotas met or not; roster order, no ranking. */
function UnitMethodsPage() {
  const thisMonth = currentMonth()
  // A reminder opens the month it is about (last month's digest on the 1st); no later than now.
  const asked = useRouter().params.month ?? ''
  const [period, setPeriod] = useState<Period>('month')
  const [month, setMonth] = useState(isMonthKey(asked) && asked <= thisMonth ? asked : thisMonth)
  const [unitId, setUnitId] = useState<string | null>(null)
  const options = useQuery(() => call('unit.options', {}), [])
  const year = Number(month.slice(0, 4))
  const table = useQuery(
    () => call('unit.methodsOverview', { period, month, year, ...(unitId ? { unitId } : {}) }),
    [period, month, unitId]
  )
  useReloadOnShow(table.reload)
  const units = options.data?.items ?? []
  const data = table.data

  // A refusal from the server (another unit's figures): only the refusal, none of the page around it.
  if (isRefusal(table.error ?? options.error))
    return (
      <View className="page">
        <StateView error={table.error ?? options.error} />
      </View>
    )
  const study = (r: Row, d: UnitMethodsView) =>
    period === 'month' ? `自学 ${r.counts.study ?? 0}/${d.quotas.speechesPerMonth}` : `自学 ${r.counts.study ?? 0} 篇`
  return (
    <View className="page" data-testid="unit-methods">
      <View className="card">
        {units.length > 1 && (
          <View className="um-select">
            <SelectPicker
              options={units.map((u) => ({ value: u.id, label: `${u.name} · ${u.areaName}` }))}
              value={unitId ?? data?.unitId ?? null}
              placeholder="选择单位"
              onChange={setUnitId}
              testId="um-unit"
            />
          </View>
        )}
        <ChipGroup options={PERIODS} value={[period]} single onChange={([p]) => setPeriod(p)} testId="um-period" />
        {period === 'month' ? (
          <MonthSwitcher month={month} max={thisMonth} onChange={setMonth} />
        ) : (
          <View className="month-switcher" data-testid="year-switcher">
            <View className="month-arrow" onClick={() => setMonth(`${year - 1}-12`)}>
              <Text>‹</Text>
            </View>
            <Text className="month-label">{year}年</Text>
            <View
              className={`month-arrow ${year >= Number(thisMonth.slice(0, 4)) ? 'month-arrow-off' : ''}`}
              onClick={() =>
                year < Number(thisMonth.slice(0, 4)) &&
                setMonth(year + 1 === Number(thisMonth.slice(0, 4)) ? thisMonth : `${year + 1}-12`)
              }
            >
              <Text>›</Text>
            </View>
          </View>
        )}
        {data && (
          <View className="um-summary">
            <Text className="um-unit" data-testid="um-unit-name">
              {data.unitName}
            </Text>
            <Text className="muted">
              {period === 'year' ? `${data.year}年全年` : ''} 每月自学至少 {data.quotas.speechesPerMonth}{' '}
              篇；区级领导每年进学校讲课至少 {data.quotas.lecturesPerYear} 次
            </Text>
          </View>
        )}
      </View>

      <View className="card">
        <StateView
          loading={table.loading && !data}
          error={data ? null : table.error}
          onRetry={() => void table.reload()}
          staleSince={table.staleSince}
          empty={!!data && data.rows.length === 0}
          emptyText="本单位名册中还没有需要学习的干部。"
          testId="unit-methods"
        >
          {data &&
            data.rows.map((r) => (
              <View
                className="list-item um-row"
                key={r.personId}
                onClick={() => open(ROUTES.unitPerson, { personId: r.personId, period, month })}
                data-testid="um-row"
              >
                <View className="um-head">
                  <Text className="list-title">{r.name}</Text>
                  <Text className="list-sub um-position">{r.position}</Text>
                </View>
                <View className="um-tags">
                  <Tag text={study(r, data)} tone={toneOfTarget(r.studyMet)} testId="um-study" />
                  {period === 'year' && r.monthsMet !== null && <Tag text={`${r.monthsMet} 个月达标`} />}
                  {r.lecturesMet !== null && (
                    <Tag
                      text={`讲课 ${r.counts.lecture ?? 0}${period === 'year' ? `/${data.quotas.lecturesPerYear}` : ' 次'}`}
                      tone={toneOfTarget(r.lecturesMet)}
                      testId="um-lecture"
                    />
                  )}
                  {r.lecturesMet === null && (r.counts.lecture ?? 0) > 0 && <Tag text={`讲课 ${r.counts.lecture}`} />}
                </View>
                <View className="um-counts" data-testid="um-counts">
                  {COLUMNS.map(([key, label]) => (
                    <Text key={key} className={`um-count ${(r.counts[key] ?? 0) > 0 ? 'um-count-on' : ''}`}>
                      {label} {r.counts[key] ?? 0}
                    </Text>
                  ))}
                </View>
              </View>
            ))}
        </StateView>
      </View>
      <View className="muted um-foot">按名册顺序排列，不作排名。讲课“达标”按全年已讲授次数计算。点姓名查看其记录。</View>
      <View className="link-action um-foot" onClick={() => open(ROUTES.assessmentExport)} data-testid="um-export">
        导出年度意识形态专项考核表（Excel） ›
      </View>
    </View>
  )
}

/** Only for the roles of `unit.methodsOverview`; the others read who the page is for. */
export default function UnitMethodsPageGated() {
  return <RoleGate action="unit.methodsOverview">{() => <UnitMethodsPage />}</RoleGate>
}
