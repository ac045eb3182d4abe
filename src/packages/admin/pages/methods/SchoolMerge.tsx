import { View } from '@tarojs/components'
import EditorDialog from '@/components/EditorDialog'
import Field from '@/components/Field'
import SelectPicker from '@/components/SelectPicker'
import Tag from '@/components/Tag'
import type { SchoolView } from '@/core/contract'
import { TYPED_SCHOOL_KIND } from '@/core/model'
import { useEditor } from '@/hooks/useEditor'

export interface SchoolMergeProps {
  schools: readonly SchoolView[]
  onMerged: () => void
}

/**
 * Schools district leaders typed on the lecture form (待确认): the admin picks the listed school
 * each one is, and its lectures move over (school.merge, audited).
 */
export default function SchoolMerge({ schools, onMerged }: SchoolMergeProps) {
  const typed = schools.filter((s) => s.kind === TYPED_SCHOOL_KIND && s.active)
  const listed = schools.filter((s) => s.kind !== TYPED_SCHOOL_KIND && s.active)
  const merge = useEditor('school.merge', {
    toForm: () => ({ intoId: '' }),
    toInput: (f, id) => ({ fromId: id ?? '', intoId: f.intoId }),
    idOf: (s: SchoolView) => s.id,
    onSaved: onMerged
  })
  if (typed.length === 0) return null
  const from = merge.editing && merge.editing !== 'new' ? merge.editing : null
  return (
    <View className="card" data-testid="admin-typed-schools">
      <View className="card-title">待确认的学校</View>
      <View className="muted">区级领导讲课时填写的名单外学校。请并入名单中的学校，相关讲课记录会一并转过去。</View>
      {typed.map((s) => (
        <View key={s.id} className="list-item" onClick={() => merge.open(s)} data-testid="typed-school-row">
          <View className="list-main list-title">{s.name}</View>
          <Tag text="并入…" />
        </View>
      ))}
      <EditorDialog editor={merge} newTitle="并入学校" editTitle="并入名单中的学校" confirmText="并入" testId="school-merge">
        <View className="muted">将“{from?.name}”的讲课记录并入：</View>
        <Field name="intoId" label="名单中的学校" error={merge.errors.intoId ?? merge.errors.fromId}>
          <SelectPicker
            options={listed.map((s) => ({ value: s.id, label: `${s.name}（${s.kind}）` }))}
            value={merge.form.intoId || null}
            placeholder="请选择学校"
            onChange={(intoId) => merge.change({ intoId }, 'intoId')}
            testId="school-merge-into"
          />
        </Field>
      </EditorDialog>
    </View>
  )
}
