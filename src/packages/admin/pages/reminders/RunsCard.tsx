import { Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import type { ReminderRunView } from '@/core/contract/reminders.contract'
import { formatDayZh } from '@/core/time'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'

export interface RunsCardProps {
  /** Bumped by the page after 立即运行, so the list shows the new counts. */
  version: number
}

/** One run's line: what was planned, what reached the inbox, what WeChat did. */
function runSummary(run: ReminderRunView): string {
  const p = run.pushes
  const parts = [`提醒 ${run.planned} 条`, `新进“我的提醒” ${run.inboxAdded} 条`, `微信已发 ${p.sent}`]
  if (p.skipped) parts.push(`仅站内 ${p.skipped}`)
  if (p.failed) parts.push(`失败 ${p.failed} 次`)
  if (p.unknown) parts.push(`结果不明 ${p.unknown}`)
  if (p.retried) parts.push(`重试 ${p.retried}`)
  return parts.join('，')
}

/** 运行记录: the last 30 daily runs with their counts and failures, and today's failed pushes. */
export default function RunsCard({ version }: RunsCardProps) {
  const runs = useQuery(() => call('reminders.runs', {}), [version])
  const data = runs.data
  return (
    <View className="card" data-testid="reminder-runs">
      <View className="card-title">运行记录</View>
      {data?.notice && (
        <View className="reminders-outcome error" data-testid="reminder-runs-notice">
          {data.notice}
        </View>
      )}
      <StateView
        loading={runs.loading && !data}
        error={data ? null : runs.error}
        onRetry={() => void runs.reload()}
        empty={!!data && data.runs.length === 0}
        emptyText="还没有运行过。每天 9:00 自动运行，也可点“立即运行”。"
        testId="reminder-runs-state"
      >
        {data?.runs.map((run) => (
          <View className="list-item" key={run.day} data-testid="reminder-run">
            <View className="list-main">
              <View className="list-title">
                {formatDayZh(run.day, todayInDistrict())}
                <Text className="reminders-unit">
                  {run.status === 'finished' ? '已完成' : '进行中（下次触发时接着运行）'}
                  {run.invocations > 1 ? `，分 ${run.invocations} 次运行` : ''}
                </Text>
              </View>
              <View className="list-sub">{runSummary(run)}</View>
              {run.byObligation.length > 0 && (
                <View className="list-sub">{run.byObligation.map((o) => `${o.label} ${o.count}`).join('；')}</View>
              )}
              {run.failures.map((f) => (
                <View className="list-sub reminders-failure" key={f.errcode}>
                  {`${f.reason}（${f.errcode}）× ${f.count}`}
                </View>
              ))}
            </View>
          </View>
        ))}
        {data && data.failed.length > 0 && (
          <View data-testid="reminder-failed">
            <View className="card-title reminders-failed-title">今天发送失败的微信提醒</View>
            {data.failed.map((f) => (
              <View className="list-item" key={f.personId}>
                <View className="list-main">
                  <View className="list-title">{f.personName}</View>
                  <View className="list-sub">
                    {f.reason}
                    {f.nextAttemptAt ? '，稍后自动重试' : ''}
                  </View>
                </View>
                <Text className="reminders-state">{f.errcode ?? ''}</Text>
              </View>
            ))}
          </View>
        )}
      </StateView>
    </View>
  )
}
