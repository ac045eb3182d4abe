import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import DateField from '@/components/DateField'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import SelectPicker from '@/components/SelectPicker'
import StateView from '@/components/StateView'
import TextField from '@/components/TextField'
import type { PublicityOptionsView } from '@/core/contract'
import {
  PUBLICITY_KINDS,
  PUBLICITY_KIND_LABELS,
  PUBLICITY_SUBJECT_LABELS,
  type PublicityKind,
  type PublicityOwnerType
} from '@/core/model/publicity'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { useSession } from '@/hooks/useSession'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import './index.scss'

const KINDS = PUBLICITY_KINDS.map((k) => ({ value: k, label: PUBLICITY_KIND_LABELS[k] }))
const NO_SUBJECT = 'none'
type Subject = PublicityOptionsView['subjects'][number]
const subjectKey = (s: Pick<Subject, 'kind' | 'id'>) => `${s.kind}:${s.id}`
const subjectLabel = (s: Subject) => `${PUBLICITY_SUBJECT_LABELS[s.kind]}：${s.title}（${s.date}）`

/**
 * 登记宣传报道: whose (oneself; a secretary also the unit or its people; the admin any unit), the
 * kind, the outlet from the admin's list, title and day; optionally the note or session it is about,
 * picked from the lists. No photo is asked for.
 */
export default function PublicityFormPage() {
  const { me } = useSession()
  const today = todayInDistrict()
  const [ownerType, setOwnerType] = useState<PublicityOwnerType>('person')
  const [personId, setPersonId] = useState<string | null>(null)
  const [unitId, setUnitId] = useState<string | null>(null)
  const [kind, setKind] = useState<PublicityKind | null>(null)
  const [outletId, setOutletId] = useState<string | null>(null)
  const [title, setTitle] = useState('')
  const [submittedOn, setSubmittedOn] = useState(today)
  const [subject, setSubject] = useState(NO_SUBJECT)
  const [kindMissing, setKindMissing] = useState(false)
  const options = useQuery(
    () =>
      call('publicity.options', {
        ownerType,
        ...(personId ? { personId } : {}),
        ...(unitId ? { unitId } : {})
      }),
    [ownerType, personId, unitId],
    !!me
  )
  const saver = useSave('publicity.record')
  const o = options.data
  const units = o?.units ?? []
  const owners = [
    { value: 'person', label: units.length ? '个人' : '本人' },
    ...(units.length ? [{ value: 'unit', label: '单位' }] : [])
  ] as Array<{ value: PublicityOwnerType; label: string }>
  const subjects = o?.subjects ?? []

  const changeOwner = (next: PublicityOwnerType) => {
    setOwnerType(next)
    setSubject(NO_SUBJECT)
    saver.clear('personId')
  }
  const pickSubject = (key: string) => {
    setSubject(key)
    const picked = subjects.find((s) => subjectKey(s) === key)
    if (picked && !title) setTitle(picked.title)
    if (picked && !kind) setKind(picked.kind === 'note' ? 'article' : 'practiceReport')
  }
  const submit = async () => {
    // The kinds are a fixed list: ask here rather than send an empty choice.
    if (!kind) return setKindMissing(true)
    const picked = subjects.find((s) => subjectKey(s) === subject)
    const saved = await saver.save({
      ownerType,
      ...(ownerType === 'person' && personId ? { personId } : {}),
      ...(ownerType === 'unit' && unitId ? { unitId } : {}),
      kind,
      title,
      outletId: outletId ?? '',
      submittedOn,
      subject: picked ? { kind: picked.kind, id: picked.id } : null
    })
    if (!saved) return
    void Taro.showToast({ title: '已登记', icon: 'success' })
    void Taro.navigateBack()
  }
  return (
    <View className="page">
      <StateView loading={options.loading && !o} error={o ? null : options.error} onRetry={() => void options.reload()}>
        <View className="card">
          {owners.length > 1 && (
            <Field name="ownerType" label="归属" error={saver.errors.ownerType}>
              <ChipGroup options={owners} value={[ownerType]} single onChange={([v]) => changeOwner(v)} testId="pub-owner" />
            </Field>
          )}
          {ownerType === 'unit' && units.length > 1 && (
            <Field name="unitId" label="单位" error={saver.errors.unitId}>
              <SelectPicker
                options={units.map((u) => ({ value: u.id, label: u.name }))}
                value={unitId}
                placeholder="选择单位"
                onChange={setUnitId}
                testId="pub-unit"
              />
            </Field>
          )}
          {ownerType === 'unit' && units.length === 1 && <View className="list-sub pub-owner">{units[0].name}</View>}
          {ownerType === 'person' && (o?.people.length ?? 0) > 1 && (
            <Field name="personId" label="作者" error={saver.errors.personId}>
              <SelectPicker
                options={(o?.people ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.position}` }))}
                value={personId ?? me?.person.id ?? null}
                onChange={(v) => {
                  setPersonId(v)
                  setSubject(NO_SUBJECT)
                }}
                testId="pub-person"
              />
            </Field>
          )}
          <Field name="kind" label="宣传形式" error={saver.errors.kind ?? (kindMissing && !kind ? '请选择宣传形式' : null)}>
            <ChipGroup options={KINDS} value={kind ? [kind] : []} single onChange={([v]) => setKind(v)} testId="pub-kind" />
          </Field>
          <Field name="outletId" label="投稿平台" error={saver.errors.outletId}>
            <StateView empty={!!o && o.outlets.length === 0} emptyText="管理员还没有设置投稿平台。">
              <ChipGroup
                options={(o?.outlets ?? []).map((x) => ({ value: x.id, label: x.name }))}
                value={outletId ? [outletId] : []}
                single
                onChange={([v]) => setOutletId(v)}
                testId="pub-outlet"
              />
            </StateView>
          </Field>
          {subjects.length > 0 && (
            <Field
              name="subject.id"
              label="关联记录"
              optional
              hint="所写的心得体会或本单位的中心组学习"
              error={saver.errors['subject.id']}
            >
              <SelectPicker
                options={[
                  { value: NO_SUBJECT, label: '不关联' },
                  ...subjects.map((s) => ({ value: subjectKey(s), label: subjectLabel(s) }))
                ]}
                value={subject}
                onChange={pickSubject}
                testId="pub-subject"
              />
            </Field>
          )}
          <TextField
            name="title"
            label="标题"
            maxlength={80}
            value={title}
            onInput={(v) => {
              setTitle(v)
              saver.clear('title')
            }}
            error={saver.errors.title}
            testId="pub-title"
          />
          <Field name="submittedOn" label="投稿日期" error={saver.errors.submittedOn}>
            <DateField value={submittedOn} end={today} onChange={setSubmittedOn} testId="pub-date" />
          </Field>
          <FieldError name="record" message={saver.errors._} />
        </View>
        <Button className="btn btn-primary btn-block" disabled={saver.busy} onClick={() => void submit()} data-testid="pub-save">
          登记
        </Button>
        <View className="muted pub-note">刊发后在“宣传报道”列表中点这条记录，登记刊发日期、版面期次和链接。</View>
      </StateView>
    </View>
  )
}
