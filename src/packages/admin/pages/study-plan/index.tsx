import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import type { PlanItemView, SuggestionView } from '@/core/contract'
import { formatMonthZh, shiftMonth, type MonthKey } from '@/core/time'
import AdminGate from '@/components/AdminGate'
import ChipGroup from '@/components/ChipGroup'
import FieldError from '@/components/FieldError'
import PlanEditor from '@/components/PlanEditor'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'

/** The admin's suggested self-study list for this month or next, offered to every cadre ("采用推荐清单"). */
function SuggestionPage() {
  // null: this month as the server counts it.
  const [chosen, setChosen] = useState<MonthKey | null>(null)
  const [saved, setSaved] = useState<SuggestionView | null>(null)
  const query = useQuery(() => call('studyPlan.suggestion.get', chosen ? { month: chosen } : {}), [chosen])
  const data = saved ?? query.data
  const [items, setItems] = useState<PlanItemView[]>([])
  const [dirty, setDirty] = useState(false)
  useEffect(() => {
    setItems(data?.items ?? [])
    setDirty(false)
  }, [data])
  const { save, errors, busy, clear } = useSave('studyPlan.suggestion.save')

  if (!data) {
    return (
      <View className="page">
        <StateView loading={query.loading} error={query.error} onRetry={() => void query.reload()} testId="suggestion" />
      </View>
    )
  }
  const { month, currentMonth: current } = data
  const next = shiftMonth(current, 1)
  const months = [
    { value: current, label: `本月（${formatMonthZh(current)}）` },
    { value: next, label: `下月（${formatMonthZh(next)}）` }
  ]
  const submit = async () => {
    const out = await save({ month, items })
    if (!out) return
    setSaved(out)
    void Taro.showToast({ title: items.length ? '已保存' : '已清空', icon: 'success' })
  }

  return (
    <View className="page">
      <ChipGroup
        options={months}
        value={[month]}
        single
        onChange={([m]) => {
          setSaved(null)
          clear()
          setChosen(m)
        }}
        testId="suggestion-month"
      />
      <View className="section-title">
        干部制定{formatMonthZh(month)}自学计划时，可一键“采用推荐清单”。推荐不是任务，干部可增删。
      </View>
      <View className="card">
        <PlanEditor
          items={items}
          onChange={(list) => {
            clear('items')
            setItems(list)
            setDirty(true)
          }}
          error={errors.items}
          emptyText="这个月还没有推荐清单。"
          testId="suggestion-items"
        />
      </View>
      <FieldError name="month" message={errors.month} />
      <FieldError name="form" message={errors._} />
      <Button
        className="btn btn-primary btn-block"
        loading={busy}
        disabled={busy || !dirty || undefined}
        onClick={submit}
        data-testid="suggestion-save"
      >
        保存推荐清单
      </Button>
      {data.updatedAt && <View className="muted">上次保存：{data.updatedAt.slice(0, 10)}</View>}
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <SuggestionPage />
    </AdminGate>
  )
}
