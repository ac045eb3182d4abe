import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { StudyPlanView } from '@/core/contract'
import { formatMonthZh, shiftMonth, type MonthKey } from '@/core/time'
import ChipGroup from '@/components/ChipGroup'
import FieldError from '@/components/FieldError'
import PlanEditor, { type PlanEditorItem } from '@/components/PlanEditor'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import { adoptSuggestion, prefillQuery } from '@/services/study-plan'
import { usePlanDraft } from './usePlanDraft'
import './index.scss'
import RoleGate from '@/components/RoleGate'

/**
 * 我的自学计划: the speeches a cadre means to study this month (or next), optional and private.
 * Tapping a planned speech opens the record form with it filled in.
 */
function StudyPlanPage() {
  // null: this month as the server counts it (its clock, not the phone's).
  const [chosen, setChosen] = useState<MonthKey | null>(null)
  const [saved, setSaved] = useState<StudyPlanView | null>(null)
  const query = useQuery(() => call('studyPlan.get', chosen ? { month: chosen } : {}), [chosen])
  // Back from the record form: the progress may have moved.
  useReloadOnShow(async () => {
    await query.reload()
    setSaved(null)
  })
  const data = saved ?? query.data
  const draft = usePlanDraft(data)
  const { save, errors, busy, clear } = useSave('studyPlan.save')
  if (!data) {
    return (
      <View className="page plan-page">
        <StateView loading={query.loading} error={query.error} onRetry={() => void query.reload()} testId="plan" />
      </View>
    )
  }
  const { month, currentMonth: current } = data
  const months = [
    { value: current, label: `本月（${formatMonthZh(current)}）` },
    { value: shiftMonth(current, 1), label: `下月（${formatMonthZh(shiftMonth(current, 1))}）` }
  ]

  const submit = async () => {
    const out = await save({ month, items: draft.items })
    if (!out) return
    setSaved(out)
    void Taro.showToast({ title: draft.items.length ? '计划已保存' : '已清空计划', icon: 'success' })
  }
  const adopt = () => {
    if (!data.suggestion) return
    const { items, added } = adoptSuggestion(draft.items, data.suggestion.items)
    clear()
    draft.change(items)
    void Taro.showToast({ title: added ? `已加入 ${added} 篇` : '推荐的都已在计划中', icon: 'none' })
  }
  const openRecord = (item: PlanEditorItem) => {
    if (!item.done && month === current) open(ROUTES.studyRecord, prefillQuery(item))
  }

  return (
    <View className="page plan-page">
      <ChipGroup
        options={months}
        value={[month]}
        single
        onChange={([m]) => {
          setSaved(null)
          clear()
          setChosen(m)
        }}
        testId="plan-month"
      />
      {query.loading ? (
        <StateView loading testId="plan" />
      ) : (
        <>
          {data.progress && (
            <View className="card plan-summary" data-testid="plan-progress">
              <Text>
                {month === current ? '本月' : formatMonthZh(month)}计划 {data.progress.planned} 篇 · 已学 {data.progress.studied}{' '}
                篇
              </Text>
            </View>
          )}

          {data.suggestion && data.editable && (
            <View className="card plan-suggestion" data-testid="plan-suggestion">
              <View className="list-main">
                <View className="list-title">
                  管理员推荐了{month === current ? '本月' : '下月'}学习清单（{data.suggestion.items.length} 篇）
                </View>
                <View className="list-sub">{data.suggestion.items.map((i) => `《${i.title}》`).join('、')}</View>
              </View>
              <Button className="btn btn-small" onClick={adopt} data-testid="plan-adopt">
                采用推荐清单
              </Button>
            </View>
          )}

          <View className="card">
            <View className="card-title">计划学习的讲话</View>
            <PlanEditor
              items={draft.dirty ? draft.items : (data.plan?.items ?? [])}
              onChange={(items) => {
                clear('items')
                draft.change(items)
              }}
              error={errors.items}
              onOpen={month === current ? openRecord : undefined}
              editable={data.editable}
              emptyText="还没有计划。可以从目录选几篇本月想学的讲话，也可以不定计划。"
              testId="plan-items"
            />
          </View>

          <FieldError name="month" message={errors.month} />
          <FieldError name="form" message={errors._} />
          {data.editable && (
            <Button
              className="btn btn-primary btn-block"
              loading={busy}
              disabled={busy || !draft.dirty || undefined}
              onClick={submit}
              data-testid="plan-save"
            >
              保存计划
            </Button>
          )}
          <View className="muted plan-foot">自学计划可选，只用于提醒自己下一篇学什么，不作考核和比较。</View>
        </>
      )}
    </View>
  )
}

/** Only for the roles of `studyPlan.get`; the others read who the page is for. */
export default function StudyPlanPageGated() {
  return <RoleGate action="studyPlan.get">{() => <StudyPlanPage />}</RoleGate>
}
