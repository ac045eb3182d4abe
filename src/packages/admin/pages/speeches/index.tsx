import { useState } from 'react'
import { Input, View } from '@tarojs/components'
import type { SpeechView } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import ChipGroup from '@/components/ChipGroup'
import EditorDialog from '@/components/EditorDialog'
import ListRow from '@/components/ListRow'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import Toolbar from '@/components/Toolbar'
import { useDebounced } from '@/hooks/useDebounced'
import { useQuery } from '@/hooks/useQuery'
import { useEditor } from '@/hooks/useEditor'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import SpeechForm, { type SpeechFormValue } from './SpeechForm'

const SHOW_ARCHIVED = [{ value: 'archived', label: '包括已归档' }] as const

/** The speech catalogue cadres pick from: search, add, edit, archive. */
function SpeechesPage() {
  const [q, setQ] = useState('')
  const [withArchived, setWithArchived] = useState(false)
  const search = useDebounced(q.trim(), 350)
  const speeches = useQuery(
    () => call('speech.search', { q: search || null, includeArchived: withArchived, limit: 100 }),
    [search, withArchived]
  )
  const editor = useEditor('speech.save', {
    toForm: (s: SpeechView | 'new'): SpeechFormValue =>
      s === 'new'
        ? { title: '', date: todayInDistrict(), source: '', link: '', archived: false }
        : { title: s.title, date: s.date, source: s.source, link: s.link ?? '', archived: s.archived },
    toInput: (f, id) => ({ id, ...f, link: f.link.trim() || null }),
    idOf: (s) => s.id,
    onSaved: () => void speeches.reload()
  })

  const items = speeches.data?.items ?? []
  const total = speeches.data?.total ?? 0
  return (
    <View className="page">
      <Toolbar addText="新增" onAdd={() => editor.open('new')} addTestId="speech-add">
        <Input
          className="input"
          value={q}
          placeholder="搜索标题或出处"
          onInput={(e) => setQ(e.detail.value)}
          data-testid="speeches-search"
        />
      </Toolbar>
      <ChipGroup
        options={SHOW_ARCHIVED}
        value={withArchived ? ['archived'] : []}
        onChange={(v) => setWithArchived(v.length > 0)}
      />
      <View className="section-title">
        共 {total} 篇{total > items.length ? `，显示最新 ${items.length} 篇` : ''}
      </View>
      <View className="card">
        <StateView
          loading={speeches.loading}
          error={speeches.error}
          onRetry={() => void speeches.reload()}
          empty={items.length === 0}
          emptyText={search ? '没有找到相关讲话。' : '目录中还没有讲话，请新增。'}
          testId="speeches"
        >
          {items.map((s) => (
            <ListRow key={s.id} title={s.title} onClick={() => editor.open(s)} testId="speech-row">
              <View className="list-sub">
                {s.date} · {s.source}
              </View>
              {s.archived && <Tag text="已归档" />}
            </ListRow>
          ))}
        </StateView>
      </View>

      <EditorDialog editor={editor} newTitle="新增讲话" editTitle="编辑讲话" testId="speech-dialog">
        <SpeechForm value={editor.form} errors={editor.errors} onChange={editor.change} />
      </EditorDialog>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <SpeechesPage />
    </AdminGate>
  )
}
