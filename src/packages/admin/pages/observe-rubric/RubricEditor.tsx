import { Input, Text, View } from '@tarojs/components'
import FieldError from '@/components/FieldError'

export interface ItemDraft {
  part: string
  label: string
  max: string
}

/** Editable rubric items (part, item, points) with the running sum against 100. */
export default function RubricEditor(props: {
  items: ItemDraft[]
  errors: Record<string, string>
  onChange: (items: ItemDraft[]) => void
}) {
  const { items, errors, onChange } = props
  const sum = items.reduce((s, i) => s + (Number(i.max) || 0), 0)
  const set = (index: number, patch: Partial<ItemDraft>) =>
    onChange(items.map((it, i) => (i === index ? { ...it, ...patch } : it)))
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} className="rubric-edit-row" data-testid="rubric-item">
          <Input
            className="input rubric-part"
            value={item.part}
            placeholder="部分"
            maxlength={10}
            onInput={(e) => set(i, { part: e.detail.value })}
          />
          <Input
            className="input rubric-label"
            value={item.label}
            placeholder="评分项目"
            maxlength={40}
            onInput={(e) => set(i, { label: e.detail.value })}
          />
          <Input
            className="input rubric-max"
            type="number"
            value={item.max}
            placeholder="分"
            maxlength={3}
            onInput={(e) => set(i, { max: e.detail.value })}
          />
          <Text className="link-action" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            删除
          </Text>
        </View>
      ))}
      <View className="row rubric-foot">
        <Text
          className="link-action"
          onClick={() => onChange([...items, { part: '', label: '', max: '' }])}
          data-testid="rubric-add-item"
        >
          + 增加一项
        </Text>
        <View className="spacer" />
        <Text className={sum === 100 ? '' : 'field-error'} data-testid="rubric-sum">
          合计 {sum} 分{sum === 100 ? '' : '（应为100分）'}
        </Text>
      </View>
      <FieldError name="items" message={errors.items ?? errors._} />
    </View>
  )
}
