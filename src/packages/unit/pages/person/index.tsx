import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import MonthSwitcher from '@/components/MonthSwitcher'
import RecordList from '@/components/RecordList'
import StateView, { isRefusal } from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import RoleGate from '@/components/RoleGate'

/** One cadre's records of a month (or the year), for the unit's secretary/leader or the admin; a tap opens a record. */
function UnitPersonPage() {
  const { params } = useRouter()
  const personId = params.personId ?? ''
  const thisMonth = currentMonth()
  const [month, setMonth] = useState(params.month || thisMonth)
  const wholeYear = params.period === 'year'
  const query = useQuery(
    () => call('unit.personRecords', wholeYear ? { personId, year: Number(month.slice(0, 4)) } : { personId, month }),
    [personId, month],
    personId !== ''
  )
  const data = query.data
  // A refusal from the server (another unit's figures): only the refusal, none of the page around it.
  if (isRefusal(query.error))
    return (
      <View className="page">
        <StateView error={query.error} />
      </View>
    )
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">
          {data?.personName ?? ''}
          {wholeYear ? ` · ${month.slice(0, 4)}年` : ''}
        </View>
        {!wholeYear && <MonthSwitcher month={month} max={thisMonth} onChange={setMonth} />}
      </View>
      <View className="card">
        <StateView
          loading={query.loading && !data}
          error={data ? null : query.error}
          onRetry={() => void query.reload()}
          empty={!!data && data.items.length === 0}
          emptyText="这段时间没有记录。"
          testId="unit-person"
        >
          {data && <RecordList items={data.items} testId="person-record" />}
        </StateView>
      </View>
    </View>
  )
}

/** Only for the roles of `unit.personRecords`; the others read who the page is for. */
export default function UnitPersonPageGated() {
  return <RoleGate action="unit.personRecords">{() => <UnitPersonPage />}</RoleGate>
}
