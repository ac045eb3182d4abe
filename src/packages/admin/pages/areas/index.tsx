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
import { call } from '@/services/api'

/** Areas (片区): list, add, rename. */
function AreasPage() {
  const areas = useQuery(() => call('roster.areas.list', {}), [])
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
      <View className="section-title">共 {items.length} 个片区</View>
      <View className="card">
        <StateView
          loading={areas.loading}
          error={areas.error}
          onRetry={() => void areas.reload()}
          empty={items.length === 0}
          emptyText="还没有片区，请先新增。"
        >
          {items.map((a) => (
            <ListRow key={a.id} title={a.name} action="改名" onAction={() => editor.open(a)} testId="area-row">
              <View className="list-sub">{a.unitCount} 个单位</View>
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
