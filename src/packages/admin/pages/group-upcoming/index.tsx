import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import StateView from '@/components/StateView'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useSession } from '@/hooks/useSession'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import { isAdmin } from '@/services/session'
import './index.scss'

const SPANS = [
  { value: '30', label: '30天内' },
  { value: '60', label: '60天内' },
  { value: '90', label: '90天内' }
] as const

/**
 * 中心组学习安排: the units' planned central-group sessions from today — the whole district for the
 * admin, the areas of their groups for an observer — to plan observations from.
 */
export default function GroupUpcomingPage() {
  const session = useSession()
  const [days, setDays] = useState<(typeof SPANS)[number]['value']>('60')
  const upcoming = useQuery(() => call('centralGroup.upcoming', { days: Number(days) }), [days])
  useReloadOnShow(upcoming.reload)
  const items = upcoming.data?.items ?? []
  const scope = session.me && isAdmin(session.me) ? '全区各单位' : '本组负责片区各单位'
  return (
    <View className="page">
      <View className="card">
        <View className="muted">{scope}已登记计划的理论学习中心组学习，可据此安排巡听旁听。</View>
        <View className="upcoming-spans">
          <ChipGroup options={SPANS} value={[days]} single onChange={([d]) => setDays(d)} testId="upcoming-days" />
        </View>
        {upcoming.data && (
          <View className="list-sub">
            {formatDayZh(upcoming.data.from, upcoming.data.from)} 至 {formatDayZh(upcoming.data.to, upcoming.data.from)}，共{' '}
            {items.length} 次
          </View>
        )}
      </View>
      <StateView
        loading={upcoming.loading}
        error={upcoming.error}
        onRetry={() => void upcoming.reload()}
        empty={items.length === 0}
        emptyText="这段时间内还没有单位登记中心组学习计划。单位党组织秘书在“中心组学习”中登记计划后会出现在这里。"
        testId="upcoming-list"
      >
        <View className="card">
          {items.map((s) => (
            <View
              className="list-item"
              key={s.id}
              onClick={() => open(ROUTES.groupDetail, { id: s.id })}
              data-testid="upcoming-item"
            >
              <View className="upcoming-date">
                <Text className="upcoming-day">{formatDayZh(s.day, todayInDistrict())}</Text>
                <Text className="upcoming-time">{s.time}</Text>
              </View>
              <View className="list-main">
                <View className="list-title">{s.unitName}</View>
                <View className="list-sub">{s.topic}</View>
                <View className="list-sub">
                  领学：{s.leadName ?? '未定'}
                  {s.place ? ` · ${s.place}` : ''}
                </View>
              </View>
              <Text className="link-action">›</Text>
            </View>
          ))}
        </View>
      </StateView>
    </View>
  )
}
