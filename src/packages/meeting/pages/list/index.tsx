import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useSession } from '@/hooks/useSession'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'
import { rolesOf } from '@/services/session'
import MeetingRows from '../../components/MeetingRows'
import './index.scss'
import RoleGate from '@/components/RoleGate'

/** A unit's committee meetings of a year, latest first; the secretary records from here. */
function MeetingListPage() {
  const unitId = useRouter().params.unitId || undefined
  const session = useSession()
  const thisYear = Number(currentMonth().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const list = useQuery(() => call('meeting.list', { unitId, year }), [unitId, year])
  useReloadOnShow(list.reload)
  const secretary = rolesOf(session.me).includes('unitSecretary') && (!unitId || unitId === session.me?.person.unitId)
  const items = list.data?.items ?? []
  const waiting = items.filter((m) => m.awaitingRecord)
  const others = items.filter((m) => !m.awaitingRecord)
  return (
    <View className="page">
      {secretary && (
        <Button className="btn btn-primary btn-block" onClick={() => open(ROUTES.meetingEdit)} data-testid="meeting-new">
          记录会议
        </Button>
      )}
      <View
        className="card meeting-coverage-link"
        onClick={() => open(ROUTES.meetingCoverage, unitId ? { unitId } : {})}
        data-testid="meeting-open-coverage"
      >
        <View className="list-main">
          <View className="list-title">第一议题落实情况</View>
          <View className="list-sub">按月、季度、年度查看覆盖率和未记录会议</View>
        </View>
        <Text className="link-action">›</Text>
      </View>
      <View className="meeting-year">
        <Text className="meeting-year-title">
          {list.data?.unitName ?? ''} {year}年会议
        </Text>
        <Text className="link-action" onClick={() => setYear(year - 1)}>
          ‹ {year - 1}年
        </Text>
        {year < thisYear && (
          <Text className="link-action" onClick={() => setYear(year + 1)}>
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
        emptyText={secretary ? '今年还没有会议记录，点“记录会议”开始。' : '今年还没有会议记录。'}
        testId="meeting-list"
      >
        {waiting.length > 0 && (
          <View className="card">
            <View className="card-title">待补全记录</View>
            <MeetingRows items={waiting} />
          </View>
        )}
        {others.length > 0 && (
          <View className="card">
            <MeetingRows items={others} />
          </View>
        )}
      </StateView>
    </View>
  )
}

/** Only for the roles of `meeting.list`; the others read who the page is for. */
export default function MeetingListPageGated() {
  return <RoleGate action="meeting.list">{() => <MeetingListPage />}</RoleGate>
}
