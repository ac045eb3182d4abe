import { Button, View } from '@tarojs/components'
import type { ClassicView } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import EditorDialog from '@/components/EditorDialog'
import ListRow from '@/components/ListRow'
import Field from '@/components/Field'
import StateView from '@/components/StateView'
import SwitchChips from '@/components/SwitchChips'
import Tag from '@/components/Tag'
import TextField from '@/components/TextField'
import { useEditor } from '@/hooks/useEditor'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'

interface ClassicForm {
  title: string
  active: boolean
}

/** The classic texts a first agenda item may link to (《习近平谈治国理政》…): add, rename, retire. */
function ClassicsPage() {
  const list = useQuery(() => call('classic.list', { includeInactive: true }), [])
  const editor = useEditor('classic.save', {
    toForm: (c: ClassicView | 'new'): ClassicForm =>
      c === 'new' ? { title: '', active: true } : { title: c.title, active: c.active },
    toInput: (f, id) => ({ id, ...f }),
    idOf: (c) => c.id,
    onSaved: () => void list.reload()
  })
  const items = list.data?.items ?? []
  return (
    <View className="page">
      <Button className="btn btn-primary btn-block" onClick={() => editor.open('new')} data-testid="classic-add">
        新增书目
      </Button>
      <View className="section-title">会议第一议题可关联的经典著作</View>
      <View className="card">
        <StateView
          loading={list.loading}
          error={list.error}
          onRetry={() => void list.reload()}
          empty={items.length === 0}
          emptyText="还没有书目，请新增。"
          testId="classics"
        >
          {items.map((c) => (
            <ListRow key={c.id} title={c.title} onClick={() => editor.open(c)} testId="classic-row">
              {!c.active && <Tag text="已停用" />}
            </ListRow>
          ))}
        </StateView>
      </View>
      <EditorDialog editor={editor} newTitle="新增书目" editTitle="编辑书目" testId="classic-dialog">
        <TextField
          name="title"
          label="书名"
          error={editor.errors.title ?? editor.errors._}
          value={editor.form.title}
          maxlength={60}
          placeholder="如：《习近平谈治国理政》第四卷"
          onInput={(title) => editor.change({ title }, 'title')}
          testId="classic-title"
        />
        <Field name="active" label="状态">
          <SwitchChips
            value={editor.form.active}
            labels={['启用', '停用']}
            onChange={(active) => editor.change({ active }, 'active')}
          />
        </Field>
      </EditorDialog>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <ClassicsPage />
    </AdminGate>
  )
}
