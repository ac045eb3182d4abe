import { Input, View } from '@tarojs/components'
import ChipGroup from '../ChipGroup'
import Field from '../Field'
import './index.scss'

/** A classic work studied, with the chapter and pages as typed (both optional). */
export interface ClassicRow {
  classicId: string
  chapter: string
  pages: string
}

export interface ClassicsFieldProps {
  /** The classics catalogue to pick from. */
  catalogue: ReadonlyArray<{ id: string; title: string }>
  value: ClassicRow[]
  error?: string | null
  onChange: (rows: ClassicRow[]) => void
  /** Prefix of the test ids (`meeting` → `meeting-classics`, `meeting-classic`). */
  testId: string
}

/** 关联经典著作: tick works from the catalogue, then give each its chapter and pages. */
export default function ClassicsField({ catalogue, value, error, onChange, testId }: ClassicsFieldProps) {
  const set = (i: number, patch: Partial<ClassicRow>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  return (
    <Field name="classics" label="关联经典著作" optional error={error}>
      <ChipGroup
        options={catalogue.map((c) => ({ value: c.id, label: c.title }))}
        value={value.map((c) => c.classicId)}
        onChange={(ids) =>
          onChange(ids.map((classicId) => value.find((c) => c.classicId === classicId) ?? { classicId, chapter: '', pages: '' }))
        }
        testId={`${testId}-classics`}
      />
      {value.map((c, i) => (
        <View className="classic-row" key={c.classicId} data-testid={`${testId}-classic`}>
          <View className="classic-row-label">{catalogue.find((x) => x.id === c.classicId)?.title}</View>
          <View className="row classic-row-inputs">
            <Input
              className="input spacer"
              value={c.chapter}
              maxlength={60}
              placeholder="篇目/章节"
              onInput={(e) => set(i, { chapter: e.detail.value })}
            />
            <Input
              className="input classic-row-pages"
              value={c.pages}
              maxlength={30}
              placeholder="页码"
              onInput={(e) => set(i, { pages: e.detail.value })}
            />
          </View>
        </View>
      ))}
    </Field>
  )
}
