import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import MonthSwitcher from '@/components/MonthSwitcher'
import RoleGate from '@/components/RoleGate'
import StateView from '@/components/StateView'
import type { PublicityCountsView, PublicityTallyView } from '@/core/contract'
import { formatMonthZh } from '@/core/time'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { isAdmin, isUnitRole } from '@/services/session'
import './index.scss'

const PERIODS = [
  { value: 'month', label: '按月' },
  { value: 'year', label: '按年' }
] as const
type Period = (typeof PERIODS)[number]['value']

/** One table line: a name and its three figures (no ranking: the list keeps the area/unit order). */
function Line({ name, t, testId }: { name: string; t: PublicityTallyView; testId: string }) {
  return (
    <View className="pub-line" data-testid={testId}>
      <Text className="pub-name">{name}</Text>
      <Text className={`pub-num ${t.published ? 'pub-num-on' : ''}`}>{t.published}</Text>
      <Text className="pub-num">{t.submitted}</Text>
      <Text className="pub-num pub-num-wide">{t.notUsed}</Text>
    </View>
  )
}

function Head({ first }: { first: string }) {
  return (
    <View className="pub-line pub-line-head">
      <Text className="pub-name">{first}</Text>
      <Text className="pub-num">已刊发</Text>
      <Text className="pub-num">待回复</Text>
      <Text className="pub-num pub-num-wide">不予采用</Text>
    </View>
  )
}

/** The units grouped under their areas, in the order the server gives. */
function byArea(units: PublicityCountsView['units']): Array<[string, PublicityCountsView['units']]> {
  const out: Array<[string, PublicityCountsView['units']]> = []
  for (const u of units) {
    const last = out[out.length - 1]
    if (last && last[0] === u.areaName) last[1].push(u)
    else out.push([u.areaName, [u]])
  }
  return out
}

function CountsPage() {
  const thisMonth = currentMonth()
  const thisYear = Number(thisMonth.slice(0, 4))
  const [period, setPeriod] = useState<Period>('month')
  const [month, setMonth] = useState(thisMonth)
  const [year, setYear] = useState(thisYear)
  const counts = useQuery(
    () => call('publicity.counts', period === 'month' ? { period, month } : { period, year }),
    [period, month, year]
  )
  useReloadOnShow(counts.reload)
  const d = counts.data
  const label = period === 'month' ? formatMonthZh(month) : `${year}年`
  return (
    <View className="page">
      <View className="card">
        <ChipGroup options={PERIODS} value={[period]} single onChange={([p]) => setPeriod(p)} testId="pub-period" />
        {period === 'month' ? (
          <MonthSwitcher month={month} max={thisMonth} onChange={setMonth} />
        ) : (
          <View className="month-switcher" data-testid="pub-year">
            <View className="month-arrow" onClick={() => setYear(year - 1)}>
              <Text>‹</Text>
            </View>
            <Text className="month-label">{year}年</Text>
            <View
              className={`month-arrow ${year < thisYear ? '' : 'month-arrow-off'}`}
              onClick={() => year < thisYear && setYear(year + 1)}
            >
              <Text>›</Text>
            </View>
          </View>
        )}
        {d && (
          <View className="list-sub pub-total" data-testid="pub-total">
            {label}共刊发 {d.total.published} 篇，待回复 {d.total.submitted} 篇，不予采用 {d.total.notUsed} 篇
          </View>
        )}
      </View>
      <StateView
        loading={counts.loading && !d}
        error={d ? null : counts.error}
        onRetry={() => void counts.reload()}
        testId="pub-counts"
      >
        {d && (
          <>
            <View className="card" data-testid="pub-units">
              <View className="card-title">各单位</View>
              <Head first="单位" />
              {byArea(d.units).map(([area, units]) => (
                <View key={area}>
                  {d.units.length > 1 && <View className="pub-area">{area}</View>}
                  {units.map((u) => (
                    <Line key={u.unitId} name={u.unitName} t={u} testId="pub-unit-row" />
                  ))}
                </View>
              ))}
            </View>
            <View className="card" data-testid="pub-outlets">
              <View className="card-title">各投稿平台</View>
              <Head first="平台" />
              <StateView empty={d.outlets.length === 0} emptyText="管理员还没有设置投稿平台。">
                {d.outlets.map((o) => (
                  <Line key={o.outletId} name={o.outletName} t={o} testId="pub-outlet-row" />
                ))}
              </StateView>
            </View>
          </>
        )}
      </StateView>
      <View className="muted pub-foot">
        已刊发按刊发日期计入当月，待回复和不予采用按投稿日期计入。按片区、单位顺序排列，不作排名。
      </View>
    </View>
  )
}

/** 宣传统计: the admin's district table, or a unit's own figures for its secretary and leader. */
export default function Page() {
  return (
    <RoleGate
      allow={(me) => isAdmin(me) || isUnitRole(me)}
      refusal="宣传统计供区委宣传部管理员和各单位记录员、主要负责同志查看。"
    >
      {() => <CountsPage />}
    </RoleGate>
  )
}
