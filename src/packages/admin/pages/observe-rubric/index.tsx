import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import AdminGate from '@/components/AdminGate'
import Dialog from '@/components/Dialog'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import RubricEditor, { type ItemDraft } from './RubricEditor'
import './index.scss'

/** Rubric versions: the current one scores new sheets; sheets already scored keep their version. */
function RubricPage() {
  const versions = useQuery(() => call('observe.rubric.list', {}), [])
  const saver = useSave('observe.rubric.publish')
  const [items, setItems] = useState<ItemDraft[] | null>(null)
  const list = versions.data?.items ?? []

  const startEditing = () => {
    saver.reset()
    const current = list.find((v) => v.current)
    setItems((current?.items ?? []).map((i) => ({ part: i.part, label: i.label, max: String(i.max) })))
  }

  const publish = async () => {
    if (!items) return
    const done = await saver.save({ items: items.map((i) => ({ part: i.part, label: i.label, max: Number(i.max) })) })
    if (!done) return
    setItems(null)
    void Taro.showToast({ title: `已发布第${done.version}版`, icon: 'success' })
    void versions.reload()
  }

  return (
    <View className="page">
      <View className="toolbar">
        <View className="spacer muted">发布新版本后，新的评分使用新版本，已提交的评分保持原版本。</View>
        <Button className="btn btn-primary" onClick={startEditing} disabled={list.length === 0} data-testid="rubric-new">
          发布新版本
        </Button>
      </View>
      <StateView loading={versions.loading} error={versions.error} onRetry={() => void versions.reload()} testId="rubric">
        {list.map((v) => (
          <View key={v.version} className="card" data-testid="rubric-version">
            <View className="card-title">
              第 {v.version} 版 {v.current ? <Tag text="当前使用" /> : <Tag text="历史版本" />}
            </View>
            {v.items.map((i) => (
              <View key={i.key} className="rubric-line">
                <Text className="muted rubric-part-label">{i.part}</Text>
                <Text className="spacer">{i.label}</Text>
                <Text>{i.max} 分</Text>
              </View>
            ))}
          </View>
        ))}
      </StateView>
      <Dialog
        open={items !== null}
        title="发布新版评分细则"
        confirmText="发布"
        busy={saver.busy}
        onConfirm={() => void publish()}
        onCancel={() => setItems(null)}
        testId="rubric-dialog"
      >
        {items && <RubricEditor items={items} errors={saver.errors} onChange={setItems} />}
      </Dialog>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <RubricPage />
    </AdminGate>
  )
}
