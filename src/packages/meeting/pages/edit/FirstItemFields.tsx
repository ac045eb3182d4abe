import { Input, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import { CONTENT_TYPE_LABELS, CONTENT_TYPES, LEAD_MODE_LABELS, LEAD_MODES } from '@/core/model/meeting'
import ChipGroup from '@/components/ChipGroup'
import ClassicsField from '@/components/ClassicsField'
import Field from '@/components/Field'
import SpeakerPointsField from '@/components/SpeakerPointsField'
import SpeechPicker from '@/components/SpeechPicker'
import SwitchChips from '@/components/SwitchChips'
import TextAreaField from '@/components/TextAreaField'
import TextField from '@/components/TextField'
import type { ContentChoice, MeetingForm } from './form'

type Roster = OutputOf<'meeting.roster'>

export interface SectionProps {
  form: MeetingForm
  errors: Record<string, string>
  roster: Roster
  onChange: (patch: Partial<MeetingForm>, field: string) => void
}

const CONTENT_OPTIONS: ReadonlyArray<{ value: ContentChoice; label: string }> = [
  ...CONTENT_TYPES.map((t) => ({ value: t, label: CONTENT_TYPE_LABELS[t] })),
  { value: 'other', label: '非学习内容' },
  { value: 'none', label: '未设第一议题' }
]
const SOURCE_MODES = [
  { value: 'catalogue', label: '从讲话目录选择' },
  { value: 'manual', label: '手动填写' }
] as const
const MODE_OPTIONS = LEAD_MODES.map((m) => ({ value: m, label: LEAD_MODE_LABELS[m] }))

/** The first agenda item: type, title and source, lead, exchange, tie to work, classics. */
export default function FirstItemFields({ form, errors, roster, onChange }: SectionProps) {
  const study = form.contentType !== 'other' && form.contentType !== 'none'
  // Leaders first: the lead is usually the unit's 主要负责同志.
  const leadersFirst = [...roster.people].sort((a, b) => Number(b.leader) - Number(a.leader))
  // Only the leadership team may lead (the server refuses anyone else, on this field).
  const leads = leadersFirst.filter((p) => p.leadEligible).map((p) => ({ value: p.id, label: p.name }))
  return (
    <View className="card" data-testid="meeting-first-item">
      <View className="card-title">第一议题</View>
      <Field name="contentType" label="内容类型" error={errors.contentType} hint="第一议题须为四类学习内容之一，否则该会议不合规">
        <ChipGroup
          options={CONTENT_OPTIONS}
          value={[form.contentType]}
          single
          onChange={([v]) => onChange({ contentType: v }, 'contentType')}
          testId="meeting-content"
        />
      </Field>
      {form.contentType === 'other' && (
        <TextField
          name="title"
          label="第一议题内容"
          error={errors.title}
          value={form.title}
          maxlength={120}
          placeholder="如：研究部署第四季度重点工作"
          onInput={(title) => onChange({ title }, 'title')}
          testId="meeting-title"
        />
      )}
      {study && (
        <>
          <Field name="title" label="学习内容" error={errors.title ?? errors.speechId}>
            <ChipGroup
              options={SOURCE_MODES}
              value={[form.sourceMode]}
              single
              onChange={([v]) => onChange({ sourceMode: v }, 'title')}
              testId="meeting-source-mode"
            />
            <View className="meeting-gap" />
            {form.sourceMode === 'catalogue' ? (
              <SpeechPicker selected={form.speech} onSelect={(speech) => onChange({ speech }, 'title')} />
            ) : (
              <>
                <Input
                  className="input"
                  value={form.title}
                  maxlength={120}
                  placeholder="讲话、指示批示、原文或决策部署的标题"
                  onInput={(e) => onChange({ title: e.detail.value }, 'title')}
                  data-testid="meeting-title"
                />
                <View className="meeting-gap" />
                <Input
                  className="input"
                  value={form.source}
                  maxlength={80}
                  placeholder="出处（选填），如 《求是》2026年第1期"
                  onInput={(e) => onChange({ source: e.detail.value }, 'source')}
                  data-testid="meeting-source"
                />
              </>
            )}
          </Field>
          <Field name="leadId" label="领学人" error={errors.leadId ?? errors.leadMode} hint="主要负责同志或班子成员">
            {leads.length === 0 && (
              <View className="muted" data-testid="meeting-no-leads">
                名册中没有标明本单位主要负责同志或班子成员的职务，请联系区委宣传部在名册中补充职务。
              </View>
            )}
            <ChipGroup
              options={leads}
              value={form.leadId ? [form.leadId] : []}
              single
              onChange={([leadId]) => onChange({ leadId }, 'leadId')}
              testId="meeting-lead"
            />
            <View className="meeting-gap" />
            <ChipGroup
              options={MODE_OPTIONS}
              value={[form.leadMode]}
              single
              onChange={([leadMode]) => onChange({ leadMode }, 'leadMode')}
              testId="meeting-lead-mode"
            />
          </Field>
          <Field name="discussion" label="研讨式学习" error={errors.discussion}>
            <SwitchChips
              value={form.discussion}
              labels={['是，开展了交流研讨', '否']}
              onChange={(discussion) => onChange({ discussion }, 'discussion')}
              testId="meeting-discussion"
            />
          </Field>
          <SpeakerPointsField
            label="交流发言人"
            optional={!form.discussion}
            error={errors.speakers}
            hint="点选发言人，再填写各自的发言要点"
            people={leadersFirst}
            value={form.speakers}
            maxlength={500}
            onChange={(speakers) => onChange({ speakers }, 'speakers')}
            testId="meeting"
          />
          <TextAreaField
            name="tiedToWork"
            label="结合本部门工作重点"
            optional
            error={errors.tiedToWork}
            value={form.tiedToWork}
            maxlength={1000}
            placeholder="学习如何结合本单位当前工作"
            onInput={(tiedToWork) => onChange({ tiedToWork }, 'tiedToWork')}
            testId="meeting-tied"
          />
          <ClassicsField
            catalogue={roster.classics}
            value={form.classics}
            error={errors.classics}
            onChange={(classics) => onChange({ classics }, 'classics')}
            testId="meeting"
          />
        </>
      )}
      {form.contentType !== 'none' && (
        <TextAreaField
          name="followUp"
          label="转化为工作思路和政策措施"
          optional
          error={errors.followUp}
          value={form.followUp}
          maxlength={1000}
          placeholder="会后形成的工作思路、政策措施和责任分工"
          onInput={(followUp) => onChange({ followUp }, 'followUp')}
          testId="meeting-follow-up"
        />
      )}
    </View>
  )
}
