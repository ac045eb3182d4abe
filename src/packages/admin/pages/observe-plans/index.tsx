import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ObservationView } from '@/core/contract'
import Dialog from '@/components/Dialog'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import type { StatusText } from '@/core/status'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import { addDays } from '@/core/rules/agenda'
import { MAX_DRAW_WINDOW_DAYS } from '@/core/rules/observation-session'
import { todayInDistrict } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'
import DecisionDialog, { type Decision } from './DecisionDialog'
import PlanForm, { type PlanFormValue } from './PlanForm'
import PlannerGate from './PlannerGate'
import { formatDayZh } from '@/core/time'

const STATUS: Record<ObservationView['status'], StatusText> = {
  requested: '待安排',
  planned: '已安排',
  declined: '未安排',
  cancelled: '已取消'
}

const blank = (): PlanFormValue => ({
  mode: 'fixed',
  sessionIds: [],
  partnerUnitId: null,
  partnerMemberIds: [],
  areaId: null,
  count: '2',
  seed: '',
  groupId: null,
  from: todayInDistrict(),
  to: addDays(todayInDistrict(), 30),
  theme: '',
  note: ''
})

/**
 * This year's observations in every mode, invitations to decide, and the random draws with their
 * seeds: the district's for the admin, the led groups' areas for a group leader (who plans, pairs
 * units for 相互, declines and cancels there, with those groups).
 */
function PlansPage({ admin }: { admin: boolean }) {
  const plans = useQuery(() => call('observe.plans.list', {}), [])
  // The calendar plans are made from: the district's upcoming sessions of the next quarter.
  const upcoming = useQuery(() => call('centralGroup.upcoming', { days: MAX_DRAW_WINDOW_DAYS }), [])
  const areas = useQuery(() => call('roster.areas.list', {}), [], admin)
  const planner = useSave('observe.plan')
  const drawer = useSave('observe.draw')
  const [form, setForm] = useState<PlanFormValue | null>(null)
  const partnerUnitId = form?.mode === 'mutual' ? form.partnerUnitId : null
  // 相互: the units of the planner's areas, and the chosen partner unit's people.
  const partners = useQuery(
    () => call('observe.partners', partnerUnitId ? { unitId: partnerUnitId } : {}),
    [partnerUnitId],
    form?.mode === 'mutual'
  )
  const [decision, setDecision] = useState<Decision | null>(null)
  const saver = form?.mode === 'random' ? drawer : planner

  const submit = async () => {
    if (!form) return
    const common = { groupId: form.groupId ?? '' }
    const done =
      form.mode === 'random'
        ? await drawer.save({
            ...common,
            from: form.from,
            to: form.to,
            areaId: form.areaId ?? '',
            count: Number(form.count),
            seed: form.seed.trim() ? Number(form.seed) : undefined
          })
        : await planner.save({
            ...common,
            mode: form.mode,
            sessionIds: form.sessionIds,
            theme: form.theme || null,
            partnerUnitId: form.mode === 'mutual' ? form.partnerUnitId : null,
            partnerMemberIds: form.mode === 'mutual' ? form.partnerMemberIds : [],
            note: form.note || null
          })
    if (!done) return
    setForm(null)
    void Taro.showToast({ title: form.mode === 'random' ? '已抽取' : '已安排', icon: 'success' })
    void plans.reload()
    void upcoming.reload()
  }

  const items = plans.data?.items ?? []
  const draws = plans.data?.draws ?? []
  const groups = plans.data?.groups ?? []
  // A leader draws in the areas of the led groups (each once).
  const leaderAreas = [...new Map(groups.flatMap((g) => g.areas).map((a) => [a.id, a])).values()]
  return (
    <View className="page">
      <View className="toolbar">
        <View className="spacer section-title">{plans.data?.year ?? ''}年巡听旁听</View>
        <Button
          className="btn btn-primary"
          disabled={!plans.data}
          onClick={() => {
            planner.reset()
            drawer.reset()
            setForm(blank())
          }}
          data-testid="plan-add"
        >
          新建安排
        </Button>
      </View>
      <View className="card">
        <StateView
          loading={plans.loading}
          error={plans.error}
          onRetry={() => void plans.reload()}
          empty={items.length === 0}
          emptyText="今年还没有巡听旁听安排。"
          testId="plans"
        >
          {items.map((o) => (
            <View key={o.id} className="list-item" data-testid="plan-row">
              <View className="list-main" onClick={() => o.status === 'planned' && open(ROUTES.observeSession, { id: o.id })}>
                <View className="list-title">
                  {o.unitName} <Tag text={o.modeLabel} /> <Tag text={STATUS[o.status]} />
                </View>
                {o.session && <View className="list-sub">{o.session.topic}</View>}
                <View className="list-sub">
                  {formatDayZh(o.day, todayInDistrict())} {o.time} · {o.groupName ?? '未指定小组'}
                  {o.theme ? ` · ${o.theme}` : ''}
                  {o.partnerUnitName ? ` · 互学：${o.partnerUnitName}` : ''}
                </View>
                <View className="list-sub">
                  {o.sessionScore !== null ? `得分 ${o.sessionScore}（${o.grade}，${o.sheetCount}份评分）` : '未评分'}
                  {o.rectification ? ` · 整改：${o.rectification.statusLabel}${o.rectification.overdue ? '（逾期）' : ''}` : ''}
                  {o.closedReason ? ` · ${o.closedReason}` : ''}
                </View>
                {o.sessionNotice && (
                  <View className="list-sub" data-testid="plan-session-notice">
                    <Tag text="学习有变动" /> {o.sessionNotice}
                  </View>
                )}
              </View>
              {o.status === 'requested' && (
                <View>
                  <Text
                    className="link-action"
                    onClick={() => setDecision({ kind: 'accept', observation: o })}
                    data-testid="plan-accept"
                  >
                    安排
                  </Text>
                  <Text className="link-action" onClick={() => setDecision({ kind: 'cancel', observation: o })}>
                    不安排
                  </Text>
                </View>
              )}
              {o.status === 'planned' && o.sheetCount === 0 && (
                <Text className="link-action" onClick={() => setDecision({ kind: 'cancel', observation: o })}>
                  取消
                </Text>
              )}
            </View>
          ))}
        </StateView>
      </View>

      {draws.length > 0 && <View className="section-title">随机抽取记录</View>}
      {draws.map((d) => (
        <View key={d.id} className="card" data-testid="draw-row">
          <View className="list-title">
            {d.windowFrom
              ? `${d.areaName} ${formatDayZh(d.windowFrom, todayInDistrict())}至${d.windowTo ? formatDayZh(d.windowTo, todayInDistrict()) : ''}：${d.candidateCount}次学习中抽取${d.count}次`
              : `${d.areaName}：${d.candidateCount}个单位中抽取${d.count}个`}
          </View>
          <View className="list-sub">抽中：{d.picked.map((u) => u.name).join('、')}</View>
          <View className="list-sub">
            随机种子 {d.seed} <Tag text={d.reproducible ? '可复核' : '复核不一致'} />
          </View>
        </View>
      ))}

      <Dialog
        open={form !== null}
        title="新建巡听旁听安排"
        confirmText={form?.mode === 'random' ? '抽取并安排' : '安排'}
        busy={saver.busy}
        onConfirm={() => void submit()}
        onCancel={() => setForm(null)}
        testId="plan-dialog"
      >
        {form && (
          <PlanForm
            value={form}
            sessions={upcoming.data?.items ?? []}
            partnerPeople={partnerUnitId ? (partners.data?.people ?? []) : []}
            units={partners.data?.units ?? []}
            areas={admin ? (areas.data?.items ?? []) : leaderAreas}
            groups={groups}
            errors={saver.errors}
            onChange={(patch, field) => {
              setForm((f) => (f ? { ...f, ...patch } : f))
              saver.clear(field)
            }}
          />
        )}
      </Dialog>
      <DecisionDialog
        decision={decision}
        groups={groups}
        onClose={(changed) => {
          setDecision(null)
          if (changed) void plans.reload()
        }}
      />
    </View>
  )
}

export default function Page() {
  return <PlannerGate>{(admin) => <PlansPage admin={admin} />}</PlannerGate>
}
