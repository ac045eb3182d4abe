import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { SessionItemView } from '@/core/contract'
import { formatMonthZh, type MonthKey } from '@/core/time'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'
import SessionRows from '../../components/SessionRows'
import './index.scss'
import RoleGate from '@/components/RoleGate'

/** The year's sessions by month, latest month first; within a month, in date order. */
function byMonth(items: SessionItemView[]): Array<[MonthKey, SessionItemView[]]> {
  const months = new Map<MonthKey, SessionItemView[]>()
  for (const s of items) months.set(s.month, [...(months.get(s.month) ?? []), s])
  return [...months.entries()].sort(([a], [b]) => (a < b ? 1 : -1))
}

/** A unit's central-group study sessions of a year: the upcoming ones first, then the year by month. */
function SessionListPage() {
  const unitId = useRouter().params.unitId || undefined
  const thisYear = Number(currentMonth().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const list = useQuery(() => call('centralGroup.session.list', { unitId, year }), [unitId, year])
  useReloadOnShow(list.reload)
  const canEdit = list.data?.canEdit ?? false
  const items = list.data?.items ?? []
  // Planned and not yet started: the calendar; everything else (held, to record, withdrawn) by month.
  const upcoming = items.filter((s) => !s.withdrawn && s.statusLabel === '计划召开')
  const months = byMonth(items.filter((s) => !upcoming.includes(s)))
  return (
    <View className="page">
      {canEdit && (
        <Button className="btn btn-primary btn-block" onClick={() => open(ROUTES.groupEdit)} data-testid="group-new">
          记录中心组学习
        </Button>
      )}
      <View className="card group-links">
        <View
          className="list-item"
          onClick={() => open(ROUTES.groupMembers, unitId ? { unitId } : {})}
          data-testid="group-open-members"
        >
          <View className="list-main">
            <View className="list-title">中心组成员</View>
            <View className="list-sub">{canEdit ? '勾选本单位中心组成员，记录学习时自动列出' : '本单位中心组成员名单'}</View>
          </View>
          <Text className="link-action">›</Text>
        </View>
        <View
          className="list-item"
          onClick={() => open(ROUTES.groupPlan, { year: String(year), ...(unitId ? { unitId } : {}) })}
          data-testid="group-open-plan"
        >
          <View className="list-main">
            <View className="list-title">{year}年学习计划</View>
            <View className="list-sub">按月或按季度安排的学习专题（选填）</View>
          </View>
          <Text className="link-action">›</Text>
        </View>
      </View>
      <View className="group-year">
        <Text className="group-year-title">
          {list.data?.unitName ?? ''} {year}年
        </Text>
        <Text className="link-action" onClick={() => setYear(year - 1)} data-testid="group-year-prev">
          ‹ {year - 1}年
        </Text>
        {year < thisYear + 1 && (
          <Text className="link-action" onClick={() => setYear(year + 1)} data-testid="group-year-next">
            {year + 1}年 ›
          </Text>
        )}
      </View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => void list.reload()}
        staleSince={list.staleSince}
        empty={items.length === 0}
        emptyText={
          canEdit
            ? '这一年还没有中心组学习记录。中心组学习是单位理论学习中心组的集体学习研讨：由主要负责同志或班子成员领学，成员结合工作交流发言。点“记录中心组学习”，学习前可先登记计划，学习后补全记录。'
            : '这一年还没有中心组学习记录。'
        }
        testId="group-list"
      >
        {upcoming.length > 0 && (
          <View className="card" data-testid="group-upcoming">
            <View className="card-title">即将开展</View>
            <SessionRows items={upcoming} />
          </View>
        )}
        {months.map(([month, rows]) => (
          <View className="card" key={month} data-testid="group-month">
            <View className="card-title">{formatMonthZh(month)}</View>
            <SessionRows items={rows} />
          </View>
        ))}
      </StateView>
    </View>
  )
}

/** Only for the roles of `centralGroup.session.list`; the others read who the page is for. */
export default function SessionListPageGated() {
  return <RoleGate action="centralGroup.session.list">{() => <SessionListPage />}</RoleGate>
}
