import { useEffect, useState } from 'react'
import { Button, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import SwitchChips from '@/components/SwitchChips'
import TextField from '@/components/TextField'
import type { OutputOf } from '@/core/contract'
import { useQuery } from '@/hooks/useQuery'
import { ApiError, call, messageOf } from '@/services/api'

type Settings = OutputOf<'reminders.settings'>['settings']
type Key = keyof Settings

/** The numeric days an admin may change, per obligation, as the form shows them. */
const ROWS: Array<{ key: Key; label: string; days: Array<{ field: string; label: string }> }> = [
  {
    key: 'studyThisMonth',
    label: '本月自学未达标（提醒本人）',
    days: [
      { field: 'fromDay', label: '每月几日起提醒' },
      { field: 'lastDays', label: '月末再提醒的天数' }
    ]
  },
  { key: 'studyLastMonth', label: '上月自学未达标（提醒单位主要负责同志）', days: [{ field: 'onDay', label: '每月几日提醒' }] },
  { key: 'lectures', label: '进学校讲课未达标（提醒区级领导）', days: [] },
  {
    key: 'meetingRecord',
    label: '会议未记录或缺第一议题（提醒记录员）',
    days: [{ field: 'afterDays', label: '会议后几天提醒' }]
  },
  {
    key: 'rectificationOverdue',
    label: '整改逾期（提醒记录员和主要负责同志）',
    days: [
      { field: 'afterDays', label: '逾期后几天提醒' },
      { field: 'everyDays', label: '之后每隔几天' }
    ]
  },
  {
    key: 'observationFeedback',
    label: '巡听后未反馈（提醒巡听组成员）',
    days: [{ field: 'afterDays', label: '巡听后几天提醒' }]
  },
  {
    key: 'nominationReview',
    label: '先进典型推荐待审核（提醒区委宣传部）',
    days: [{ field: 'afterDays', label: '推荐后几天提醒' }]
  }
]

/** The form keeps what is typed as text; it becomes numbers when saved. */
type Draft = Record<Key, Record<string, string | boolean>>

const draftOf = (settings: Settings): Draft =>
  Object.fromEntries(
    Object.entries(settings).map(([key, value]) => [
      key,
      Object.fromEntries(Object.entries(value).map(([f, v]) => [f, typeof v === 'number' ? String(v) : v]))
    ])
  ) as Draft

const settingsOf = (draft: Draft, base: Settings): Settings =>
  Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [
      key,
      Object.fromEntries(
        Object.entries(value).map(([f, v]) => {
          const original = (base[key as Key] as Record<string, unknown>)[f]
          return [f, typeof original === 'number' ? (v === '' ? NaN : Number(v)) : v]
        })
      )
    ])
  ) as Settings

/** 提醒事项设置: each obligation on or off, and its days (defaults: the notice's table). */
export default function SettingsCard({ onSaved }: { onSaved: () => void }) {
  const current = useQuery(() => call('reminders.settings', {}), [])
  const [draft, setDraft] = useState<Draft | null>(null)
  const [saving, setSaving] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean; field?: string } | null>(null)
  useEffect(() => {
    if (current.data) setDraft(draftOf(current.data.settings))
  }, [current.data])

  const set = (key: Key, field: string, value: string | boolean) =>
    setDraft((d) => (d ? { ...d, [key]: { ...d[key], [field]: value } } : d))

  const save = async () => {
    if (!draft || !current.data) return
    setSaving(true)
    setMessage(null)
    try {
      await call('reminders.settings.save', { settings: settingsOf(draft, current.data.settings) })
      setMessage({ text: '已保存，下次运行起生效。', error: false })
      await current.reload()
      onSaved()
    } catch (e) {
      const field = e instanceof ApiError ? e.field : undefined
      setMessage({ text: messageOf(e), error: true, field })
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="card" data-testid="reminder-settings">
      <View className="card-title">提醒事项设置</View>
      <StateView loading={current.loading && !draft} error={draft ? null : current.error} onRetry={() => void current.reload()}>
        {draft &&
          ROWS.map((row) => (
            <View className="reminder-setting" key={row.key} data-testid={`setting-${row.key}`}>
              <View className="reminder-setting-head">
                <View className="list-title">{row.label}</View>
                <SwitchChips
                  value={draft[row.key].enabled === true}
                  labels={['开启', '关闭']}
                  onChange={(on) => set(row.key, 'enabled', on)}
                  testId={`setting-${row.key}-enabled`}
                />
              </View>
              {draft[row.key].enabled === true &&
                row.days.map((d) => (
                  <TextField
                    key={d.field}
                    name={`settings.${row.key}.${d.field}`}
                    label={d.label}
                    type="number"
                    value={String(draft[row.key][d.field] ?? '')}
                    error={message?.field === `settings.${row.key}.${d.field}` ? message.text : undefined}
                    onInput={(v) => set(row.key, d.field, v)}
                    testId={`setting-${row.key}-${d.field}`}
                  />
                ))}
            </View>
          ))}
        {message && !message.field && (
          <View className={message.error ? 'reminders-outcome error' : 'reminders-outcome'} data-testid="settings-message">
            {message.text}
          </View>
        )}
        <Button
          className="btn btn-block"
          loading={saving}
          disabled={saving || undefined}
          onClick={() => void save()}
          data-testid="settings-save"
        >
          保存设置
        </Button>
      </StateView>
    </View>
  )
}
