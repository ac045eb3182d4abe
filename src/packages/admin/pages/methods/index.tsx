import { Button, View } from '@tarojs/components'
import AdminGate from '@/components/AdminGate'
import ChipGroup from '@/components/ChipGroup'
import EditorDialog from '@/components/EditorDialog'
import Field from '@/components/Field'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import TextField from '@/components/TextField'
import type { OutletView, QuotaView, SchoolView } from '@/core/contract'
import { SCHOOL_KINDS, TYPED_SCHOOL_KIND, type SchoolKind } from '@/core/model'
import { useEditor } from '@/hooks/useEditor'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import SchoolMerge from './SchoolMerge'

const ACTIVE = [
  { value: 'on', label: '启用' },
  { value: 'off', label: '停用' }
] as const

/** Quotas per year, the outlets notes are submitted to, and the schools lectures are given at. */
function MethodsSettingsPage() {
  const quotas = useQuery(() => call('quota.list', {}), [])
  const outlets = useQuery(() => call('outlet.list', { includeInactive: true }), [])
  const schools = useQuery(() => call('school.list', { includeInactive: true }), [])

  const quota = useEditor('quota.save', {
    toForm: (q: QuotaView | 'new') =>
      q === 'new'
        ? { year: String((quotas.data?.currentYear ?? 2026) + 1), speeches: '5', lectures: '2' }
        : { year: String(q.year), speeches: String(q.speechesPerMonth), lectures: String(q.lecturesPerYear) },
    toInput: (f) => ({ year: Number(f.year), speechesPerMonth: Number(f.speeches), lecturesPerYear: Number(f.lectures) }),
    idOf: (q) => String(q.year),
    onSaved: () => void quotas.reload()
  })
  const outlet = useEditor('outlet.save', {
    toForm: (o: OutletView | 'new') => (o === 'new' ? { name: '', active: true } : { name: o.name, active: o.active }),
    toInput: (f, id) => ({ id, name: f.name, active: f.active }),
    idOf: (o) => o.id,
    onSaved: () => void outlets.reload()
  })
  const school = useEditor('school.save', {
    toForm: (s: SchoolView | 'new') =>
      s === 'new' ? { name: '', kind: '小学', active: true } : { name: s.name, kind: s.kind, active: s.active },
    // A school stored with a kind no longer offered (中职) must be given one of the list's kinds.
    toInput: (f, id) => ({ id, name: f.name, kind: f.kind as SchoolKind, active: f.active }),
    idOf: (s) => s.id,
    onSaved: () => void schools.reload()
  })

  const header = (title: string, onAdd: () => void, testId: string) => (
    <View className="row">
      <View className="card-title">{title}</View>
      <View className="spacer" />
      <Button className="btn btn-small" onClick={onAdd} data-testid={testId}>
        新增
      </Button>
    </View>
  )
  return (
    <View className="page">
      <View className="card" data-testid="admin-quotas">
        {header('年度学习任务', () => quota.open('new'), 'quota-add')}
        <StateView loading={quotas.loading} error={quotas.error} onRetry={() => void quotas.reload()} testId="quotas">
          {quotas.data?.items.map((q) => (
            <View key={q.year} className="list-item" onClick={() => quota.open(q)} data-testid="quota-row">
              <View className="list-main">
                <View className="list-title">{q.year}年</View>
                <View className="list-sub">
                  每月自学 {q.speechesPerMonth} 篇 · 区级领导每年进学校讲课 {q.lecturesPerYear} 次
                </View>
              </View>
              {!q.custom && <Tag text="默认" tone="label" />}
            </View>
          ))}
        </StateView>
      </View>

      <View className="card" data-testid="admin-outlets">
        {header('投稿平台', () => outlet.open('new'), 'outlet-add')}
        <StateView loading={outlets.loading} error={outlets.error} empty={outlets.data?.items.length === 0} testId="outlets">
          {outlets.data?.items.map((o) => (
            <View key={o.id} className="list-item" onClick={() => outlet.open(o)} data-testid="outlet-row">
              <View className="list-main list-title">{o.name}</View>
              {!o.active && <Tag text="停用" />}
            </View>
          ))}
        </StateView>
      </View>

      <View className="card" data-testid="admin-schools">
        {header('讲课学校', () => school.open('new'), 'school-add')}
        <StateView loading={schools.loading} error={schools.error} empty={schools.data?.items.length === 0} testId="schools">
          {schools.data?.items
            .filter((s) => s.kind !== TYPED_SCHOOL_KIND || !s.active)
            .map((s) => (
              <View key={s.id} className="list-item" onClick={() => school.open(s)} data-testid="school-row">
                <View className="list-main">
                  <View className="list-title">{s.name}</View>
                  <View className="list-sub">{s.kind}</View>
                </View>
                {!s.active && <Tag text="停用" />}
              </View>
            ))}
        </StateView>
      </View>

      <SchoolMerge schools={schools.data?.items ?? []} onMerged={() => void schools.reload()} />

      <EditorDialog editor={quota} newTitle="年度学习任务" editTitle="年度学习任务" confirmText="确定">
        <TextField
          name="year"
          label="年份"
          error={quota.errors.year}
          type="number"
          value={quota.form.year}
          disabled={!quota.isNew}
          onInput={(year) => quota.change({ year }, 'year')}
        />
        <TextField
          name="speechesPerMonth"
          label="每月自学篇数"
          error={quota.errors.speechesPerMonth}
          type="number"
          value={quota.form.speeches}
          onInput={(speeches) => quota.change({ speeches }, 'speechesPerMonth')}
        />
        <TextField
          name="lecturesPerYear"
          label="区级领导每年讲课次数"
          error={quota.errors.lecturesPerYear}
          type="number"
          value={quota.form.lectures}
          onInput={(lectures) => quota.change({ lectures }, 'lecturesPerYear')}
        />
      </EditorDialog>

      <EditorDialog editor={outlet} newTitle="新增投稿平台" editTitle="修改投稿平台" confirmText="确定">
        <TextField
          name="name"
          label="平台名称"
          error={outlet.errors.name}
          value={outlet.form.name}
          maxlength={40}
          onInput={(name) => outlet.change({ name }, 'name')}
        />
        <ChipGroup
          options={ACTIVE}
          value={[outlet.form.active ? 'on' : 'off']}
          single
          onChange={([v]) => outlet.change({ active: v === 'on' }, 'active')}
        />
      </EditorDialog>

      <EditorDialog editor={school} newTitle="新增学校" editTitle="修改学校" confirmText="确定">
        <TextField
          name="name"
          label="学校名称"
          error={school.errors.name}
          value={school.form.name}
          maxlength={40}
          onInput={(name) => school.change({ name }, 'name')}
        />
        <Field name="kind" label="学校类型" error={school.errors.kind}>
          <ChipGroup
            options={SCHOOL_KINDS.map((k) => ({ value: k, label: k }))}
            value={[school.form.kind]}
            single
            onChange={([v]) => school.change({ kind: v }, 'kind')}
          />
        </Field>
        <ChipGroup
          options={ACTIVE}
          value={[school.form.active ? 'on' : 'off']}
          single
          onChange={([v]) => school.change({ active: v === 'on' }, 'active')}
        />
      </EditorDialog>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <MethodsSettingsPage />
    </AdminGate>
  )
}
