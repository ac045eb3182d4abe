import { useState } from 'react'
import { Button, Input, View } from '@tarojs/components'
import type { SpeechView } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import ChipGroup from '@/components/ChipGroup'
import Dialog from '@/components/Dialog'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
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
      <View className="toolbar">
        <Input
          className="input"
          value={q}
          placeholder="搜索标题或出处"
          onInput={(e) => setQ(e.detail.value)}
          data-testid="speeches-search"
        />
        <Button className="btn btn-primary" onClick={() => editor.open('new')} data-testid="speech-add">
          新增
        </Button>
      </View>
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
            <View key={s.id} className="list-item" onClick={() => editor.open(s)} data-testid="speech-row">
              <View className="list-main">
                <View className="list-title">{s.title}</View>
                <View className="list-sub">
                  {s.date} · {s.source}
                </View>
                {s.archived && <Tag text="已归档" tone="muted" />}
              </View>
              <View className="link-action">编辑</View>
            </View>
          ))}
        </StateView>
      </View>

      <Dialog
        open={editor.editing !== null}
        title={editor.isNew ? '新增讲话' : '编辑讲话'}
        confirmText="保存"
        busy={editor.busy}
        onConfirm={editor.submit}
        onCancel={editor.close}
        testId="speech-dialog"
      >
        <SpeechForm value={editor.form} errors={editor.errors} onChange={editor.change} />
      </Dialog>
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
