import { View } from '@tarojs/components'
import type { PlannerGroupView, SessionItemView } from '@/core/contract'
import ChipGroup from '@/components/ChipGroup'
import DateField from '@/components/DateField'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import TextField from '@/components/TextField'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'

export type PlanMode = 'fixed' | 'random' | 'special' | 'mutual'

export interface PlanFormValue {
  mode: PlanMode
  /** The observed sessions, picked from the calendar of upcoming sessions. */
  sessionIds: string[]
  partnerUnitId: string | null
  /** 相互: the partner unit's people who observe and score. */
  partnerMemberIds: string[]
  areaId: string | null
  count: string
  seed: string
  groupId: string | null
  /** 随机: the date window the draw chooses among. */
  from: string
  to: string
  theme: string
  note: string
}

const MODES: ReadonlyArray<{ value: PlanMode; label: string }> = [
  { value: 'fixed', label: '定点' },
  { value: 'random', label: '随机抽取' },
  { value: 'special', label: '专项' },
  { value: 'mutual', label: '相互' }
]

/** `XX单位 12-09 09:00 · 学习主题`: how a session is offered for planning. */
const sessionLabel = (s: SessionItemView) => `${s.unitName} ${formatDayZh(s.day, todayInDistrict())} ${s.time} · ${s.topic}`

/**
 * The fields of a new plan, by mode (应邀 comes from the unit and is accepted in the list). Every
 * mode but 随机 picks upcoming sessions from the calendar; unit, day and start come from them.
 */
export default function PlanForm(props: {
  value: PlanFormValue
  sessions: readonly SessionItemView[]
  /** The partner unit's people (相互), once a partner unit is picked. */
  partnerPeople: ReadonlyArray<{ id: string; name: string; position: string }>
  units: ReadonlyArray<{ id: string; name: string; areaName: string }>
  /** The areas to draw in; the unit count is known to the admin only (from the roster). */
  areas: ReadonlyArray<{ id: string; name: string; unitCount?: number }>
  groups: readonly PlannerGroupView[]
  errors: Record<string, string>
  onChange: (patch: Partial<PlanFormValue>, field: string) => void
}) {
  const { value: v, sessions, partnerPeople, units, areas, groups, errors, onChange } = props
  const unitOptions = units.map((u) => ({ value: u.id, label: `${u.name}（${u.areaName}）` }))
  const theme = v.theme.trim()
  // 专项: the sessions whose topic mentions the theme (all of them until a theme is typed).
  const themed = v.mode === 'special' && theme ? sessions.filter((s) => s.topic.includes(theme)) : sessions
  const sessionOptions = themed.map((s) => ({ value: s.id, label: sessionLabel(s) }))
  const noSessions = sessions.length === 0 ? '近期没有即将开展的中心组学习，请等单位安排后再来' : undefined
  return (
    <View>
      <Field name="mode" label="巡听方式" error={errors.mode}>
        <ChipGroup options={MODES} value={[v.mode]} single onChange={([mode]) => onChange({ mode }, 'mode')} testId="plan-mode" />
      </Field>
      {v.mode === 'random' ? (
        <>
          <Field name="areaId" label="片区" error={errors.areaId}>
            <SelectPicker
              options={areas.map((a) => ({
                value: a.id,
                label: a.unitCount === undefined ? a.name : `${a.name}（${a.unitCount}个单位）`
              }))}
              value={v.areaId}
              onChange={(areaId) => onChange({ areaId }, 'areaId')}
              testId="plan-area"
            />
          </Field>
          <Field name="from" label="抽取起始日期" error={errors.from}>
            <DateField value={v.from} onChange={(from) => onChange({ from }, 'from')} testId="plan-from" />
          </Field>
          <Field name="to" label="抽取截止日期" error={errors.to}>
            <DateField value={v.to} onChange={(to) => onChange({ to }, 'to')} testId="plan-to" />
          </Field>
          <TextField
            name="count"
            label="抽取学习次数"
            error={errors.count}
            hint="从该片区这段时间即将开展的中心组学习中抽取"
            type="number"
            value={v.count}
            onInput={(count) => onChange({ count }, 'count')}
            testId="plan-count"
          />
          <TextField
            name="seed"
            label="随机种子"
            optional
            error={errors.seed}
            hint="不填则自动生成；种子会保存，可据此复核抽取结果"
            type="number"
            value={v.seed}
            onInput={(seed) => onChange({ seed }, 'seed')}
            testId="plan-seed"
          />
        </>
      ) : v.mode === 'special' ? (
        <>
          <TextField
            name="theme"
            label="专项主题"
            error={errors.theme}
            value={v.theme}
            maxlength={60}
            onInput={(theme) => onChange({ theme }, 'theme')}
            testId="plan-theme"
          />
          <Field name="sessionIds" label="主题相符的中心组学习（可多选）" error={errors.sessionIds ?? noSessions}>
            <ChipGroup
              options={sessionOptions}
              value={v.sessionIds}
              onChange={(sessionIds) => onChange({ sessionIds }, 'sessionIds')}
              testId="plan-sessions"
            />
          </Field>
        </>
      ) : (
        <Field name="sessionIds" label="被巡听的中心组学习" error={errors.sessionIds ?? noSessions}>
          <SelectPicker
            options={sessionOptions}
            value={v.sessionIds[0] ?? null}
            onChange={(id) => onChange({ sessionIds: [id] }, 'sessionIds')}
            testId="plan-session"
          />
        </Field>
      )}
      {v.mode === 'mutual' && (
        <Field name="partnerUnitId" label="参加互学的单位" error={errors.partnerUnitId}>
          <SelectPicker
            options={unitOptions}
            value={v.partnerUnitId}
            onChange={(partnerUnitId) => onChange({ partnerUnitId, partnerMemberIds: [] }, 'partnerUnitId')}
            testId="plan-partner"
          />
        </Field>
      )}
      {v.mode === 'mutual' && v.partnerUnitId && (
        <Field name="partnerMemberIds" label="互学单位参加巡听的人员" error={errors.partnerMemberIds}>
          <ChipGroup
            options={partnerPeople.map((p) => ({ value: p.id, label: p.position ? `${p.name}（${p.position}）` : p.name }))}
            value={v.partnerMemberIds}
            onChange={(partnerMemberIds) => onChange({ partnerMemberIds }, 'partnerMemberIds')}
            testId="plan-partner-members"
          />
        </Field>
      )}
      <Field name="groupId" label="巡听旁听组" error={errors.groupId}>
        <SelectPicker
          options={groups
            .filter((g) => g.active)
            .map((g) => ({ value: g.id, label: `${g.name}（${g.areas.map((a) => a.name).join('、')}）` }))}
          value={v.groupId}
          onChange={(groupId) => onChange({ groupId }, 'groupId')}
          testId="plan-group"
        />
      </Field>
      {v.mode !== 'random' && (
        <TextField
          name="note"
          label="备注"
          optional
          error={errors.note}
          value={v.note}
          maxlength={300}
          onInput={(note) => onChange({ note }, 'note')}
        />
      )}
      <FieldError name="form" message={errors._} />
    </View>
  )
}
