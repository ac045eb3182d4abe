import { Input, Text, View } from '@tarojs/components'
import { CONTENT_TYPE_LABELS, CONTENT_TYPES } from '@/core/model/meeting'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import SpeechPicker from '@/components/SpeechPicker'
import { newMaterial, type MaterialRow } from './form'

const TYPE_OPTIONS = CONTENT_TYPES.map((t) => ({ value: t, label: CONTENT_TYPE_LABELS[t] }))
const SOURCE_MODES = [
  { value: 'catalogue', label: '从讲话目录选择' },
  { value: 'manual', label: '手动填写' }
] as const

export interface MaterialsFieldProps {
  value: MaterialRow[]
  error?: string
  onChange: (rows: MaterialRow[]) => void
}

/** 学习材料: each a catalogue speech, or a typed title (central decisions, documents) with its source. */
export default function MaterialsField({ value, error, onChange }: MaterialsFieldProps) {
  const set = (i: number, patch: Partial<MaterialRow>) => onChange(value.map((m, j) => (j === i ? { ...m, ...patch } : m)))
  return (
    <Field name="materials" label="学习材料" error={error} hint="重要讲话可从目录选择；中央决策部署等可手动填写标题和出处">
      {value.map((m, i) => (
        <View className="group-material" key={i} data-testid="group-material">
          <View className="row">
            <Text className="group-material-no spacer">材料{i + 1}</Text>
            {value.length > 1 && (
              <Text className="link-action" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                删除
              </Text>
            )}
          </View>
          <ChipGroup
            options={TYPE_OPTIONS}
            value={[m.contentType]}
            single
            onChange={([contentType]) => set(i, { contentType })}
            testId={`group-material-type-${i}`}
          />
          <View className="group-gap" />
          <ChipGroup
            options={SOURCE_MODES}
            value={[m.mode]}
            single
            onChange={([mode]) => set(i, { mode })}
            testId={`group-material-mode-${i}`}
          />
          <View className="group-gap" />
          {m.mode === 'catalogue' ? (
            <SpeechPicker selected={m.speech} onSelect={(speech) => set(i, { speech })} />
          ) : (
            <>
              <Input
                className="input"
                value={m.title}
                maxlength={120}
                placeholder="讲话、批示、原著篇目或决策部署的标题"
                onInput={(e) => set(i, { title: e.detail.value })}
                data-testid={`group-material-title-${i}`}
              />
              <View className="group-gap" />
              <Input
                className="input"
                value={m.source}
                maxlength={80}
                placeholder="出处（选填），如 《求是》2026年第1期"
                onInput={(e) => set(i, { source: e.detail.value })}
                data-testid={`group-material-source-${i}`}
              />
            </>
          )}
        </View>
      ))}
      {value.length < 20 && (
        <Text className="link-action" onClick={() => onChange([...value, newMaterial()])} data-testid="group-material-add">
          + 添加学习材料
        </Text>
      )}
    </Field>
  )
}
