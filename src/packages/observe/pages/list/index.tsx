import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import type { StatusText } from '@/core/status'
import { RECTIFICATION_LABELS } from '@/core/rules/observation'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'
import Invitations from './Invitations'
import { formatDayZh } from '@/core/time'

type Item = OutputOf<'observe.mine'>['items'][number]

/** The item's state as a status text (its colour comes from the one palette). */
function stateOf(item: Item, today: string): StatusText {
  if (item.rectification) return item.rectification.overdue ? '整改逾期' : RECTIFICATION_LABELS[item.rectification.status]
  if (item.mySheetAt) return '我已评分'
  if (item.day > today) return '未开始'
  return '待评分'
}

/** The observations of the observer's groups: upcoming first in time order, then the past. */
export default function ObserveListPage() {
  const today = todayInDistrict()
  const mine = useQuery(() => call('observe.mine', {}), [])
  useReloadOnShow(mine.reload)
  const items = mine.data?.items ?? []
  const invitations = mine.data?.invitations ?? []
  const upcoming = items.filter((o) => o.day >= today).reverse()
  const past = items.filter((o) => o.day < today)
  const section = (title: string, list: Item[]) =>
    list.length > 0 && (
      <View>
        <View className="section-title">{title}</View>
        <View className="card">
          {list.map((o) => {
            const state = stateOf(o, today)
            return (
              <View
                key={o.id}
                className="list-item"
                onClick={() => open(ROUTES.observeSession, { id: o.id })}
                data-testid="observe-item"
              >
                <View className="list-main">
                  <View className="list-title">{o.unitName}</View>
                  <View className="list-sub">
                    <Tag text={o.modeLabel} />
                    {formatDayZh(o.day, todayInDistrict())} {o.time} · {o.groupName}
                    {o.isLeader ? ' · 组长' : ''}
                  </View>
                </View>
                <Tag text={state} testId="observe-item-state" />
                <Text className="link-action">›</Text>
              </View>
            )
          })}
        </View>
      </View>
    )
  return (
    <View className="page">
      <StateView
        loading={mine.loading}
        error={mine.error}
        onRetry={() => void mine.reload()}
        empty={items.length === 0 && invitations.length === 0}
        emptyText="您所在的巡听旁听组还没有安排巡听。"
        testId="observe-list"
      >
        <Invitations list={invitations} onAccepted={() => void mine.reload()} />
        {section('今天和即将进行', upcoming)}
        {section('已进行', past)}
      </StateView>
    </View>
  )
}
