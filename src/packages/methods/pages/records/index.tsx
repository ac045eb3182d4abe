import { useState } from 'react'
import { View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import MonthSwitcher from '@/components/MonthSwitcher'
import RecordEntry from '@/components/RecordEntry'
import RecordList, { KIND_LABELS } from '@/components/RecordList'
import StateView from '@/components/StateView'
import type { ListedKind } from '@/core/contract'
import { LISTED_KINDS } from '@/core/contract'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import RoleGate from '@/components/RoleGate'

type Filter = ListedKind | 'all'
const FILTERS: Array<{ value: Filter; label: string }> = [
  { value: 'all', label: '全部' },
  ...LISTED_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))
]

/** 我的记录: every record of the person, by month, optionally one method; a tap opens it. */
function MyRecordsPage() {
  const [month, setMonth] = useState(currentMonth())
  const [filter, setFilter] = useState<Filter>('all')
  const list = useQuery(() => call('record.list', { month, kind: filter === 'all' ? null : filter }), [month, filter])
  useReloadOnShow(list.reload)
  const data = list.data
  return (
    <View className="page" data-testid="my-records">
      <View className="card">
        <MonthSwitcher month={month} max={data?.lastMonth ?? currentMonth()} onChange={setMonth} />
        <ChipGroup options={FILTERS} value={[filter]} single onChange={([f]) => setFilter(f)} testId="records-filter" />
      </View>
      <View className="card">
        <StateView
          loading={list.loading && !data}
          error={data ? null : list.error}
          onRetry={() => void list.reload()}
          empty={!!data && data.items.length === 0}
          emptyText="这个月没有这类记录。"
          testId="my-records"
        >
          {data && <RecordList items={data.items} testId="my-record" />}
        </StateView>
      </View>
      <View className="card">
        <View className="card-title">记一笔</View>
        <RecordEntry />
      </View>
    </View>
  )
}

/** Only for the roles of `record.list`; the others read who the page is for. */
export default function MyRecordsPageGated() {
  return <RoleGate action="record.list">{() => <MyRecordsPage />}</RoleGate>
}
