import { Input, Textarea, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import DateField from '@/components/DateField'
import Field from '@/components/Field'
import MonthSwitcher from '@/components/MonthSwitcher'
import type { SchoolView } from '@/core/contract'
import { CLASS_TYPES, OCCASIONS, PLACE_TYPES } from '@/core/model'
import { shiftMonth, type DayKey } from '@/core/time'
import type { FormKind, Values } from './kinds'

export interface FieldsProps {
  kind: FormKind
  values: Values
  errors: Record<string, string>
  today: DayKey
  schools: readonly SchoolView[]
  set: (name: string, value: string | boolean) => void
}

const options = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }))
const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' }
] as const

/** The fields of one method's form; names match the contract so server errors land on them. */
export default function Fields({ kind, values, errors, today, schools, set }: FieldsProps) {
  const s = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const text = (name: string, label: string, placeholder: string, max: number, optional = false) => (
    <Field name={name} label={label} optional={optional} error={errors[name]}>
      <Input
        className="input"
        value={s(name)}
        placeholder={placeholder}
        maxlength={max}
        onInput={(e) => set(name, e.detail.value)}
        data-testid={`form-${name}`}
      />
    </Field>
  )
  const area = (name: string, label: string, placeholder: string, max: number, optional = false) => (
    <Field name={name} label={label} optional={optional} error={errors[name]}>
      <Textarea
        className={`textarea ${name === 'body' ? 'method-body' : ''}`}
        value={s(name)}
        placeholder={placeholder}
        maxlength={max}
        onInput={(e) => set(name, e.detail.value)}
        data-testid={`form-${name}`}
      />
    </Field>
  )
  const number = (name: string, label: string, placeholder: string) => (
    <Field name={name} label={label} optional error={errors[name]}>
      <Input
        className="input"
        type="number"
        value={s(name)}
        placeholder={placeholder}
        maxlength={7}
        onInput={(e) => set(name, e.detail.value)}
        data-testid={`form-${name}`}
      />
    </Field>
  )
  const chips = (name: string, label: string, list: readonly string[]) => (
    <Field name={name} label={label} error={errors[name]}>
      <ChipGroup
        options={options(list)}
        value={s(name) ? [s(name)] : []}
        single
        onChange={([v]) => set(name, v)}
        testId={`form-${name}`}
      />
    </Field>
  )
  const yesNo = (name: string, label: string) => (
    <Field name={name} label={label} error={errors[name]}>
      <ChipGroup
        options={YES_NO}
        value={[values[name] === true ? 'yes' : 'no']}
        single
        onChange={([v]) => set(name, v === 'yes')}
        testId={`form-${name}`}
      />
    </Field>
  )
  const planned = kind === 'lecture' && values.status === 'planned'
  const date = (label: string, hint: string) => (
    <Field name="date" label={label} error={errors.date} hint={hint}>
      <DateField value={s('date')} end={planned ? undefined : today} onChange={(d) => set('date', d)} testId="form-date" />
    </Field>
  )

  switch (kind) {
    case 'note':
      return (
        <>
          {text('title', '标题', '如：学习……的几点体会', 60)}
          {area('body', '正文', '写下学习体会，分段书写，段落会原样保留', 20000)}
          {date('写作日期', '可补记本月和上月')}
        </>
      )
    case 'lecture':
      return (
        <>
          <Field
            name="status"
            label="状态"
            error={errors.status}
            hint={planned ? '讲完后在记录详情里确认“已讲授”，才计入全年次数' : undefined}
          >
            <ChipGroup
              options={[
                { value: 'given', label: '已讲授' },
                { value: 'planned', label: '计划' }
              ]}
              value={[s('status') || 'given']}
              single
              onChange={([v]) => set('status', v)}
              testId="form-status"
            />
          </Field>
          <Field name="schoolId" label="学校" error={errors.schoolId} hint="名单中没有的学校，请在下面填写名称，由区委宣传部确认">
            <ChipGroup
              options={schools.map((x) => ({ value: x.id, label: `${x.name}（${x.kind}）` }))}
              value={s('schoolId') ? [s('schoolId')] : []}
              single
              onChange={([v]) => {
                set('schoolId', v)
                set('schoolName', '')
              }}
              testId="form-schoolId"
            />
          </Field>
          <Field name="schoolName" label="名单外的学校" optional error={errors.schoolName}>
            <Input
              className="input"
              value={s('schoolName')}
              placeholder="如：城关第三小学"
              maxlength={40}
              onInput={(e) => {
                set('schoolName', e.detail.value)
                if (e.detail.value.trim()) set('schoolId', '')
              }}
              data-testid="form-schoolName"
            />
          </Field>
          {chips('classType', '课程类型', CLASS_TYPES)}
          {text('topic', '讲课主题', '如：做新时代的好少年', 60)}
          {date(planned ? '计划日期' : '讲课日期', planned ? '可以登记以后的日期' : '可补记本年度的讲课')}
          {number('audience', '听课人数', '如 120')}
          {area('research', '走进校园搞调研', '调研了解到的情况', 2000, true)}
        </>
      )
    case 'outreach':
      return (
        <>
          {chips('placeType', '宣讲场所类型', PLACE_TYPES)}
          {text('place', '宣讲地点', '如：城关街道幸福社区', 60)}
          {text('topic', '宣讲主题', '如：宣讲全会精神', 60)}
          {date('宣讲日期', '可补记本月和上月')}
          {number('audience', '听众人数', '如 60')}
          {yesNo('faceToFace', '面对面宣讲')}
          {yesNo('lectureGroupMember', '以理论宣讲团成员身份')}
        </>
      )
    case 'leadStudy':
      return (
        <>
          {text('meeting', '会议名称', '如：局党组会议', 60)}
          {date('会议日期', '可补记本月和上月')}
          {area('content', '领学内容', '学习了什么', 1000)}
          {area('tiedToWork', '结合部署工作', '如何结合本单位工作进行部署', 1000, true)}
        </>
      )
    case 'exchange':
      return (
        <>
          {chips('occasion', '交流场合', OCCASIONS)}
          {date('交流日期', '可补记本月和上月')}
          {area('content', '交流内容', '交流了哪些学习体会', 1000)}
        </>
      )
    case 'xuexi':
      return (
        <>
          <Field name="month" label="月份" error={errors.month} hint="自愿记录，不计数、不排名；可记本月和上月">
            <View data-testid="form-month">
              <MonthSwitcher
                month={s('month')}
                min={shiftMonth(today.slice(0, 7), -1)}
                max={today.slice(0, 7)}
                onChange={(m) => set('month', m)}
              />
            </View>
          </Field>
          {area('note', '学习强国使用情况', '如：本月在学习强国上学习了……', 500)}
        </>
      )
  }
}
