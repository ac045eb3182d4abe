import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import AdminGate from '@/components/AdminGate'
import StateView from '@/components/StateView'
import type { ReminderPreviewItem } from '@/core/contract'
import { useQuery } from '@/hooks/useQuery'
import { call, messageOf } from '@/services/api'
import OutboxCard from './OutboxCard'
import RunsCard from './RunsCard'
import SettingsCard from './SettingsCard'
import './index.scss'

/** The preview's items grouped by obligation, in the planner's order. */
function byObligation(items: ReminderPreviewItem[]): Array<{ label: string; items: ReminderPreviewItem[] }> {
  const groups = new Map<string, { label: string; items: ReminderPreviewItem[] }>()
  for (const item of items) {
    const group = groups.get(item.obligation) ?? { label: item.label, items: [] }
    group.items.push(item)
    groups.set(item.obligation, group)
  }
  return [...groups.values()]
}

/** 提醒: who the daily job reminds of what today, and why; run it now. Nobody is ranked or scored. */
function RemindersPage() {
  const preview = useQuery(() => call('reminders.preview', {}), [])
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const data = preview.data

  const runNow = async () => {
    setRunning(true)
    setOutcome(null)
    try {
      const r = await call('reminders.run', {})
      const delivered = r.added ? `已送达 ${r.added} 条提醒。` : '没有新的提醒需要送达（已送达的不会重复）。'
      const more = r.status === 'running' ? '还有未处理的单位，将在下次运行时接着处理。' : ''
      const busy = r.status === 'busy' ? '另一次运行正在进行，请稍后再看运行记录。' : ''
      setOutcome([busy || delivered, more, r.notice ?? ''].filter(Boolean).join(''))
      setVersion((v) => v + 1)
      await preview.reload()
    } catch (e) {
      setOutcome(messageOf(e))
    } finally {
      setRunning(false)
    }
  }

  return (
    <View className="page" data-testid="admin-reminders">
      <View className="card">
        <View className="card-title">今日提醒</View>
        <View className="muted">每天 9:00 自动运行，提醒送达各人“我的提醒”。同一提醒只送达一次；21:00 至次日 8:00 不发送。</View>
        <Button
          className="btn btn-primary btn-block reminders-run"
          loading={running}
          disabled={running || !data?.sendable || undefined}
          onClick={() => void runNow()}
          data-testid="reminders-run"
        >
          {data && !data.sendable ? '21:00 至 8:00 不发送' : '立即运行'}
        </Button>
        {outcome && (
          <View className="reminders-outcome" data-testid="reminders-outcome">
            {outcome}
          </View>
        )}
      </View>

      <StateView
        loading={preview.loading && !data}
        error={data ? null : preview.error}
        onRetry={() => void preview.reload()}
        empty={!!data && data.items.length === 0}
        emptyText="今天没有需要提醒的事项。"
        testId="reminders"
      >
        {data &&
          byObligation(data.items).map((group) => (
            <View className="card" key={group.label} data-testid="reminders-group">
              <View className="card-title">
                {group.label} <Text className="reminders-count">{group.items.length} 条</Text>
              </View>
              {group.items.map((item) => (
                <View className="list-item" key={`${item.personId}-${item.title}-${item.body}`} data-testid="reminders-item">
                  <View className="list-main">
                    <View className="list-title">
                      {item.personName}
                      <Text className="reminders-unit">{item.unitName}</Text>
                    </View>
                    <View className="list-sub">
                      {item.title}：{item.body}
                    </View>
                  </View>
                  <Text className={item.delivered ? 'reminders-state done' : 'reminders-state'}>
                    {item.delivered ? '已送达' : '待送达'}
                  </Text>
                </View>
              ))}
            </View>
          ))}
      </StateView>

      <RunsCard version={version} />

      <OutboxCard />

      <SettingsCard onSaved={() => void preview.reload()} />
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <RemindersPage />
    </AdminGate>
  )
}
