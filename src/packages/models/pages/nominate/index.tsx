import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { EvidenceKind, ModelKind, SubjectType } from '@/core/model'
import { KIND_SUBJECTS, MODEL_KIND_LABELS, MODEL_KINDS } from '@/core/model'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import RoleGate from '@/components/RoleGate'
import SelectPicker from '@/components/SelectPicker'
import StateView from '@/components/StateView'
import TextAreaField from '@/components/TextAreaField'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { ROUTES } from '@/services/routes'
import EvidencePicker from './EvidencePicker'
import './index.scss'

const NOMINATORS = ['admin', 'unitSecretary', 'observer']

/** Nominate a model: kind, subject, reason and the subject's own records ticked as evidence (never retyped). */
function NominateForm() {
  const params = useRouter().params
  const observationId = params.observationId || null
  const thisYear = Number(currentMonth().slice(0, 4))
  const kinds = observationId ? (['demoSession', 'demoGroup'] as const) : MODEL_KINDS
  const [kind, setKind] = useState<ModelKind>(
    kinds.find((k) => k === params.kind) ?? (observationId ? 'demoSession' : 'fiveMethods')
  )
  const [year, setYear] = useState(thisYear)
  const [unitId, setUnitId] = useState<string | null>(null)
  const [subject, setSubject] = useState<{ type: SubjectType; id: string } | null>(null)
  const [reason, setReason] = useState('')
  const [picked, setPicked] = useState<Array<{ kind: EvidenceKind; id: string }>>([])
  const { save, errors, clear, busy } = useSave('models.nominate')

  const candidates = useQuery(
    () =>
      call('models.candidates', {
        kind,
        year,
        unitId,
        observationId,
        subjectType: subject?.type ?? null,
        subjectId: subject?.id ?? null
      }),
    [kind, year, unitId, subject?.type, subject?.id]
  )
  const data = candidates.data
  // One possible subject (the session or unit a group observed): chosen already.
  const only = data && !subject && data.subjects.length === 1 ? data.subjects[0] : null
  useEffect(() => {
    if (only) setSubject({ type: only.type, id: only.id })
  }, [only])
  const subjectKey = subject ? `${subject.type}:${subject.id}` : null

  const chooseKind = (k: ModelKind) => {
    setKind(k)
    if (subject && !KIND_SUBJECTS[k].includes(subject.type)) setSubject(null)
    setPicked([])
    clear()
  }
  const submit = async () => {
    // Without a subject the server names the field (请选择推荐对象), like every other refusal.
    const out = await save({
      kind,
      year,
      subjectType: subject?.type ?? KIND_SUBJECTS[kind][0],
      subjectId: subject?.id ?? '',
      reason,
      evidence: picked,
      observationId
    })
    if (out) void Taro.redirectTo({ url: `${ROUTES.modelsDetail}?id=${encodeURIComponent(out.id)}` })
  }

  return (
    <View className="page">
      <View className="card">
        <Field name="kind" label="典型类别" error={errors.kind}>
          <ChipGroup
            options={kinds.map((k) => ({ value: k, label: MODEL_KIND_LABELS[k] }))}
            value={[kind]}
            single
            onChange={([k]) => chooseKind(k)}
            testId="nominate-kind"
          />
        </Field>
        <Field name="year" label="推荐年度" error={errors.year}>
          <ChipGroup
            options={[thisYear, thisYear - 1].map((y) => ({ value: String(y), label: `${y}年度` }))}
            value={[String(year)]}
            single
            onChange={([y]) => setYear(Number(y))}
            testId="nominate-year"
          />
        </Field>
        {data && data.units.length > 0 && (
          <Field name="unitId" label="单位">
            <SelectPicker
              options={data.units.map((u) => ({ value: u.id, label: u.name }))}
              value={unitId}
              placeholder="请选择单位"
              onChange={(id) => {
                setUnitId(id)
                setSubject(null)
                setPicked([])
              }}
              testId="nominate-unit"
            />
          </Field>
        )}
        <Field name="subjectId" label="推荐对象" error={errors.subjectId ?? errors.subject}>
          {data && data.subjects.length === 0 ? (
            <Text className="muted">{data.units.length > 0 && !unitId ? '请先选择单位' : '没有可推荐的对象'}</Text>
          ) : (
            <ChipGroup
              options={(data?.subjects ?? []).map((s) => ({
                value: `${s.type}:${s.id}`,
                label: s.detail ? `${s.name}（${s.detail}）` : s.name
              }))}
              value={subjectKey ? [subjectKey] : []}
              single
              onChange={([key]) => {
                const chosen = data?.subjects.find((s) => `${s.type}:${s.id}` === key)
                if (chosen) setSubject({ type: chosen.type, id: chosen.id })
                setPicked([])
                clear('subjectId')
              }}
              testId="nominate-subject"
            />
          )}
        </Field>
        <TextAreaField
          name="reason"
          label="推荐理由"
          placeholder="简要写明推荐的理由（500字以内）"
          maxlength={500}
          value={reason}
          onInput={(v) => {
            setReason(v)
            clear('reason')
          }}
          error={errors.reason}
          testId="nominate-reason"
        />
      </View>
      <View className="card">
        <View className="card-title">推荐材料</View>
        <View className="muted nominate-hint">从推荐对象已有的记录中勾选，无需重新填写。</View>
        {subject ? (
          <StateView loading={candidates.loading} error={candidates.error} onRetry={() => void candidates.reload()}>
            <EvidencePicker items={data?.evidence ?? []} picked={picked} onChange={setPicked} />
          </StateView>
        ) : (
          <Text className="muted">请先选择推荐对象</Text>
        )}
        <FieldError name="evidence" message={errors.evidence} />
      </View>
      <FieldError name="_" message={errors._} />
      <Button
        className="btn btn-primary btn-block"
        loading={busy}
        disabled={busy}
        onClick={() => void submit()}
        data-testid="nominate-submit"
      >
        提交推荐
      </Button>
    </View>
  )
}

export default function NominatePage() {
  return (
    <RoleGate
      allow={(me) => me.person.roles.some((r) => NOMINATORS.includes(r))}
      refusal="推荐先进典型由单位记录员、巡听旁听小组和区委宣传部进行"
    >
      {() => <NominateForm />}
    </RoleGate>
  )
}
