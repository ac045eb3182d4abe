import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { ObservationGroupView } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import Dialog from '@/components/Dialog'
import ListRow from '@/components/ListRow'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import Toolbar from '@/components/Toolbar'
import { useQuery } from '@/hooks/useQuery'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import GroupForm, { type GroupFormValue } from './GroupForm'

const EMPTY: GroupFormValue = { name: '', leaderId: null, members: [], areaIds: [], active: true }

/** Observation groups: members, leader, the areas each covers. */
function GroupsPage() {
  const groups = useQuery(() => call('observe.groups.list', {}), [])
  const areas = useQuery(() => call('roster.areas.list', {}), [])
  const saver = useSave('observe.groups.save')
  const [editing, setEditing] = useState<ObservationGroupView | 'new' | null>(null)
  const [form, setForm] = useState<GroupFormValue>(EMPTY)

  const openEditor = (g: ObservationGroupView | 'new') => {
    saver.reset()
    setForm(
      g === 'new'
        ? EMPTY
        : { name: g.name, leaderId: g.leaderId, members: g.members, areaIds: g.areas.map((a) => a.id), active: g.active }
    )
    setEditing(g)
  }

  const submit = async () => {
    const id = editing && editing !== 'new' ? editing.id : undefined
    const memberIds = form.members.map((m) => m.id)
    const saved = await saver.save({
      id,
      name: form.name,
      leaderId: form.leaderId ?? '',
      memberIds,
      areaIds: form.areaIds,
      active: form.active
    })
    if (!saved) return
    setEditing(null)
    void Taro.showToast({ title: '已保存', icon: 'success' })
    void groups.reload()
  }

  const items = groups.data?.items ?? []
  return (
    <View className="page">
      <Toolbar addText="新建小组" onAdd={() => openEditor('new')} addTestId="group-add">
        <View className="spacer muted">每个小组负责一个或多个片区，组长负责向单位反馈。</View>
      </Toolbar>
      <View className="card">
        <StateView
          loading={groups.loading}
          error={groups.error}
          onRetry={() => void groups.reload()}
          empty={items.length === 0}
          emptyText="还没有巡听旁听小组，请新建。"
          testId="groups"
        >
          {items.map((g) => (
            <ListRow
              key={g.id}
              title={
                <>
                  {g.name} {!g.active && <Tag text="已停用" />}
                </>
              }
              onClick={() => openEditor(g)}
              testId="group-row"
            >
              <View className="list-sub">
                组长 {g.leaderName} · 组员 {g.members.map((m) => m.name).join('、')}
              </View>
              <View className="list-sub">负责 {g.areas.map((a) => a.name).join('、')}</View>
            </ListRow>
          ))}
        </StateView>
      </View>
      <Dialog
        open={editing !== null}
        title={editing === 'new' ? '新建巡听旁听小组' : '编辑巡听旁听小组'}
        confirmText="保存"
        busy={saver.busy}
        onConfirm={() => void submit()}
        onCancel={() => setEditing(null)}
        testId="group-dialog"
      >
        <GroupForm
          value={form}
          areas={areas.data?.items ?? []}
          errors={saver.errors}
          onChange={(patch, field) => {
            setForm((f) => ({ ...f, ...patch }))
            saver.clear(field)
          }}
        />
      </Dialog>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <GroupsPage />
    </AdminGate>
  )
}
