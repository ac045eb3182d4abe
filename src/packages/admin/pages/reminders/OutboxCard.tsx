import { Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import type { OutboxItemView } from '@/core/contract'
import { formatInstantZh } from '@/core/rules/agenda'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'

function OutboxRow({ item }: { item: OutboxItemView }) {
  return (
    <View className="list-item outbox-item" data-testid="outbox-item">
      <View className="list-main">
        <View className="list-title">
          {item.personName}
          <Text className="outbox-when"> · {formatInstantZh(item.at, todayInDistrict())}</Text>
        </View>
        {item.lines.map((line) => (
          <View key={line.key} className="list-sub">
            {line.label}：{line.value}
          </View>
        ))}
        <View className="muted outbox-page">打开页面：{item.page}</View>
      </View>
    </View>
  )
}

/**
 * 本地发件箱: on the local host the reminders job records here the WeChat subscribe messages it
 * would have sent (who, when, the template's fields, the page it opens), newest first.
 */
export default function OutboxCard() {
  const outbox = useQuery(() => call('reminders.outbox', {}), [])
  const data = outbox.data
  return (
    <View className="card" data-testid="outbox">
      <View className="card-title">微信消息发件箱（本地演示）</View>
      <View className="muted">在本机运行时不连微信：已授权接收微信提醒的人，本应收到的订阅消息记录在这里。</View>
      <StateView
        loading={outbox.loading && !data}
        error={data ? null : outbox.error}
        onRetry={() => void outbox.reload()}
        empty={!!data && data.items.length === 0}
        emptyText="还没有消息。有人在“我的提醒”点“接收微信提醒”并同意后，下次运行提醒时会出现在这里。"
        testId="outbox"
      >
        {data?.items.map((item) => (
          <OutboxRow key={item.id} item={item} />
        ))}
      </StateView>
    </View>
  )
}
