import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import type { SpeechView } from '@/core/contract'
import StateView from '../StateView'
import { useDebounced } from '@/hooks/useDebounced'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import './index.scss'

export interface SpeechPickerProps {
  selected: SpeechView | null
  onSelect: (speech: SpeechView | null) => void
}

/** Searches the speech catalogue (newest first) and picks one. */
export default function SpeechPicker({ selected, onSelect }: SpeechPickerProps) {
  const [q, setQ] = useState('')
  const debounced = useDebounced(q.trim(), 350)
  const results = useQuery(() => call('speech.search', { q: debounced || null, limit: 20 }), [debounced], !selected)

  if (selected) {
    return (
      <View className="speech-picked" data-testid="record-speech-selected">
        <View className="list-main">
          <View className="list-title">{selected.title}</View>
          <View className="list-sub">
            {selected.date} · {selected.source}
          </View>
        </View>
        <Text className="speech-change" onClick={() => onSelect(null)}>
          重新选择
        </Text>
      </View>
    )
  }

  const items = results.data?.items ?? []
  return (
    <View className="speech-picker">
      <Input
        className="input"
        value={q}
        placeholder="输入标题或出处关键词搜索"
        confirmType="search"
        onInput={(e) => setQ(e.detail.value)}
        data-testid="record-speech-search"
      />
      <View className="speech-results scroll-region">
        <StateView
          loading={results.loading}
          error={results.error}
          onRetry={() => void results.reload()}
          empty={items.length === 0}
          emptyText="没有找到相关讲话，可改为“手动填写”标题"
          testId="speech-results"
        >
          {items.map((s) => (
            <View key={s.id} className="speech-option" onClick={() => onSelect(s)} data-testid="record-speech-option">
              <View className="speech-option-title">{s.title}</View>
              <View className="list-sub">
                {s.date} · {s.source}
              </View>
            </View>
          ))}
        </StateView>
      </View>
    </View>
  )
}
