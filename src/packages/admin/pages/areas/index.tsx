import { Button, View } from '@tarojs/components'
import type { AreaView } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import EditorDialog from '@/components/EditorDialog'
import ListRow from '@/components/ListRow'
import FieldError from '@/components/FieldError'
import StateView from '@/components/StateView'
import TextField from '@/components/TextField'
import { useQuery } from '@/hooks/useQuery'
import { useEditor } from '@/hooks/useEditor'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import OrderButtons from '../../components/OrderButtons'

/** Areas (片区): list in the order every page uses, reorder, add, rename. */
function AreasPage() {
  const areas = useQuery(() => call('roster.areas.list', {}), [])
  const move = useSave('roster.areas.move')
  const editor = useEditor('roster.areas.save', {
    toForm: (a: AreaView | 'new') => ({ name: a === 'new' ? '' : a.name }),
    toInput: (f, id) => ({ id, name: f.name }),
    idOf: (a) => a.id,
    onSaved: () => void areas.reload()
  })

  const items = areas.data?.items ?? []
  return (
    <View className="page">
      <Button className="btn btn-primary btn-block" onClick={() => editor.open('new')} data-testid="area-add">
        新增片区
      </Button>
      <View className="section-title">共 {items.length} 个片区 · 各页面按此顺序列出</View>
      <FieldError name="move" message={move.errors._ ?? move.errors.id} />
      <View className="card">
        <StateView
          loading={areas.loading}
          error={areas.error}
          onRetry={() => void areas.reload()}
          empty={items.length === 0}
          emptyText="还没有片区，请先新增。"
        >
          {items.map((a, i) => (
            <ListRow key={a.id} title={a.name} action="改名" onAction={() => editor.open(a)} testId="area-row">
              <View className="list-sub">{a.unitCount} 个单位</View>
              <OrderButtons
                name={a.name}
                first={i === 0}
                last={i === items.length - 1}
                busy={move.busy}
                onMove={(direction) => void move.save({ id: a.id, direction }).then((out) => out && areas.reload())}
                testId="area-move"
              />
            </ListRow>
          ))}
        </StateView>
      </View>

      <EditorDialog editor={editor} newTitle="新增片区" editTitle="修改片区名称" testId="area-dialog">
        <TextField
          name="name"
          label="片区名称"
          error={editor.errors.name}
          value={editor.form.name}
          placeholder="如 第一片区"
          maxlength={30}
          onInput={(name) => editor.change({ name }, 'name')}
          testId="area-name"
        />
        <FieldError name="form" message={editor.errors._ ?? editor.errors.id} />
      </EditorDialog>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <AreasPage />
    </AdminGate>
  )
}
