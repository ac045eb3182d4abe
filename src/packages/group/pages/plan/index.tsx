import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { planPeriods } from './periods'
import './index.scss'
import RoleGate from '@/components/RoleGate'

interface PlanRow {
  period: string
  topic: string
}

/** The unit's central-group study plan of a year: topics by month or quarter (optional, editable by the secretary). */
function GroupPlanPage() {
  const params = useRouter().params
  const unitId = params.unitId || undefined
  const year = Number(params.year) || Number(currentMonth().slice(0, 4))
  const plan = useQuery(() => call('centralGroup.plan.get', { year, ...(unitId ? { unitId } : {}) }), [unitId, year])
  const [rows, setRows] = useState<PlanRow[] | null>(null)
  const saver = useSave('centralGroup.plan.save')
  const d = plan.data

  useEffect(() => {
    if (d && rows === null) setRows(d.items.map((i) => ({ period: i.period, topic: i.topic })))
  }, [d, rows])

  if (!d || rows === null) {
    return (
      <View className="page">
        <StateView loading={plan.loading} error={plan.error} onRetry={() => void plan.reload()} testId="group-plan" />
      </View>
    )
  }
  if (!d.canEdit) {
    return (
      <View className="page">
        <StateView
          empty={d.items.length === 0}
          emptyText={`${d.unitName}还没有制定${year}年中心组学习计划。`}
          testId="group-plan"
        >
          <View className="card" data-testid="group-plan">
            <View className="card-title">
              {d.unitName}
              {year}年中心组学习计划
            </View>
            {d.items.map((i) => (
              <View className="group-plan-line" key={i.period}>
                <Text className="group-plan-period">{i.periodLabel}</Text>
                <Text className="spacer">{i.topic}</Text>
              </View>
            ))}
          </View>
        </StateView>
      </View>
    )
  }
  const periods = planPeriods(year)
  const set = (i: number, patch: Partial<PlanRow>) => {
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
    saver.clear('items')
  }
  const used = new Set(rows.map((r) => r.period))
  const nextPeriod = periods.find((p) => p.value.includes('Q') && !used.has(p.value))?.value ?? periods[1].value
  const save = async () => {
    const items = rows.filter((r) => r.topic.trim())
    const out = await saver.save({ year, items })
    if (!out) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    void Taro.navigateBack()
  }
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">
          {d.unitName}
          {year}年中心组学习计划
        </View>
        <View className="muted">按季度或按月安排学习专题；计划可不制定，记录学习时不受计划限制。</View>
        {rows.map((r, i) => (
          <View className="group-plan-row" key={i} data-testid="group-plan-row">
            <View className="row">
              <View className="group-plan-picker">
                <SelectPicker
                  options={periods}
                  value={r.period}
                  onChange={(period) => set(i, { period })}
                  testId={`group-plan-period-${i}`}
                />
              </View>
              <Text className="link-action" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                删除
              </Text>
            </View>
            <Input
              className="input"
              value={r.topic}
              maxlength={120}
              placeholder="学习专题，如：学习贯彻党的二十届四中全会精神"
              onInput={(e) => set(i, { topic: e.detail.value })}
              data-testid={`group-plan-topic-${i}`}
            />
          </View>
        ))}
        {rows.length < 24 && (
          <Text
            className="link-action"
            onClick={() => setRows([...rows, { period: nextPeriod, topic: '' }])}
            data-testid="group-plan-add"
          >
            + 添加学习专题
          </Text>
        )}
      </View>
      <FieldError name="items" message={saver.errors.items ?? saver.errors._ ?? saver.errors.year} />
      <Button
        className="btn btn-primary btn-block"
        loading={saver.busy}
        disabled={saver.busy}
        onClick={() => void save()}
        data-testid="group-plan-save"
      >
        保存学习计划
      </Button>
    </View>
  )
}

/** Only for the roles of `centralGroup.plan.get`; the others read who the page is for. */
export default function GroupPlanPageGated() {
  return <RoleGate action="centralGroup.plan.get">{() => <GroupPlanPage />}</RoleGate>
}
