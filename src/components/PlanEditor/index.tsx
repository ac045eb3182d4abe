import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import type { PlanItemView } from '@/core/contract'
import ChipGroup from '../ChipGroup'
import FieldError from '../FieldError'
import SpeechPicker from '../SpeechPicker'
import Tag from '../Tag'
import { addItem, moveItem, removeItem } from '@/services/study-plan'
import './index.scss'

const MODES = [
  { value: 'catalogue', label: '从目录选择' },
  { value: 'manual', label: '手动填写' }
] as const

/** A planned item; `done` when the cadre's page shows progress. */
export type PlanEditorItem = PlanItemView & { done?: boolean }

export interface PlanEditorProps {
  items: readonly PlanEditorItem[]
  onChange: (items: PlanItemView[]) => void
  /** The server's or the editor's own message about the list. */
  error?: string
  /** Tapping a planned item's title (the cadre's page opens the record form with it). */
  onOpen?: (item: PlanEditorItem) => void
  /** False for a month that can no longer change: the list only. */
  editable?: boolean
  emptyText: string
  testId: string
}

/** A month's list of speeches: add from the catalogue or by title, reorder, remove. */
export default function PlanEditor(props: PlanEditorProps) {
  const { items, onChange, error, onOpen, editable = true, emptyText, testId } = props
  const [mode, setMode] = useState<'catalogue' | 'manual'>('catalogue')
  const [title, setTitle] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const plain = (list: readonly PlanEditorItem[]): PlanItemView[] =>
    list.map(({ speechId, title: t }) => ({ speechId, title: t }))

  const add = (item: PlanItemView) => {
    const change = addItem(plain(items), item)
    if ('problem' in change) {
      setProblem(change.problem.message)
      return false
    }
    setProblem(null)
    onChange(change.items)
    return true
  }
  const change = (next: PlanItemView[]) => {
    setProblem(null)
    onChange(next)
  }

  return (
    <View className="plan-editor" data-testid={testId}>
      {items.length === 0 ? (
        <View className="muted plan-empty" data-testid={`${testId}-empty`}>
          {emptyText}
        </View>
      ) : (
        items.map((item, i) => (
          <View key={`${item.speechId ?? item.title}-${i}`} className="plan-row" data-testid={`${testId}-row`}>
            <Text className="plan-index">{i + 1}</Text>
            <View className="plan-main" onClick={onOpen ? () => onOpen(item) : undefined}>
              <Text className={`plan-title ${item.done ? 'plan-title-done' : ''}`}>{item.title}</Text>
              {item.done !== undefined && (
                <View className="plan-tags">
                  {item.done ? <Tag text="已学" /> : onOpen ? <Text className="plan-go">去学习 ›</Text> : null}
                  {!item.speechId && <Tag text="自填" tone="label" />}
                </View>
              )}
            </View>
            {editable && (
              <View className="plan-actions">
                <Text className="plan-act" onClick={() => change(moveItem(plain(items), i, -1))} data-testid={`${testId}-up`}>
                  ↑
                </Text>
                <Text className="plan-act" onClick={() => change(moveItem(plain(items), i, 1))} data-testid={`${testId}-down`}>
                  ↓
                </Text>
                <Text
                  className="plan-act plan-remove"
                  onClick={() => change(removeItem(plain(items), i))}
                  data-testid={`${testId}-remove`}
                >
                  删除
                </Text>
              </View>
            )}
          </View>
        ))
      )}
      <FieldError name="items" message={problem ?? error} />

      {editable && (
        <View className="plan-add">
          <View className="field-label">添加讲话</View>
          <ChipGroup options={MODES} value={[mode]} single onChange={([m]) => setMode(m)} testId={`${testId}-mode`} />
          <View className="plan-add-body">
            {mode === 'catalogue' ? (
              // Picking adds the speech at once; the picker is ready for the next one.
              <SpeechPicker selected={null} onSelect={(s) => s && add({ speechId: s.id, title: s.title })} />
            ) : (
              <View className="plan-typed">
                <Input
                  className="input plan-typed-input"
                  value={title}
                  placeholder="讲话或文章标题"
                  maxlength={120}
                  onInput={(e) => setTitle(e.detail.value)}
                  data-testid={`${testId}-title`}
                />
                <Button
                  className="btn btn-small"
                  onClick={() => {
                    if (add({ speechId: null, title })) setTitle('')
                  }}
                  data-testid={`${testId}-add-title`}
                >
                  添加
                </Button>
              </View>
            )}
          </View>
        </View>
      )}
    </View>
  )
}
