import { useState } from 'react'
import { View } from '@tarojs/components'
import type { UnitView } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import EditorDialog from '@/components/EditorDialog'
import ListRow from '@/components/ListRow'
import SelectPicker from '@/components/SelectPicker'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import Toolbar from '@/components/Toolbar'
import { useQuery } from '@/hooks/useQuery'
import { useEditor } from '@/hooks/useEditor'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import FieldError from '@/components/FieldError'
import OrderButtons from '../../components/OrderButtons'
import UnitForm, { type UnitFormValue } from './UnitForm'

const ALL = ''
const EMPTY: UnitFormValue = { name: '', areaId: null, kind: '党委', active: true }

/** Units by area, in the order every page uses: filter, reorder within an area, add, edit (area, kind, active). */
function UnitsPage() {
  const move = useSave('roster.units.move')
  const [areaId, setAreaId] = useState(ALL)
  const areas = useQuery(() => call('roster.areas.list', {}), [])
  const units = useQuery(() => call('roster.units.list', areaId ? { areaId } : {}), [areaId])
  const editor = useEditor('roster.units.save', {
    toForm: (u: UnitView | 'new'): UnitFormValue =>
      u === 'new' ? { ...EMPTY, areaId: areaId || null } : { name: u.name, areaId: u.areaId, kind: u.kind, active: u.active },
    toInput: (f, id) => ({ id, name: f.name, areaId: f.areaId ?? '', kind: f.kind, active: f.active }),
    idOf: (u) => u.id,
    onSaved: () => void units.reload()
  })

  const areaList = areas.data?.items ?? []
  const items = units.data?.items ?? []
  // Group by area (areas in the admin's order), keeping the server's order inside each area.
  const groups = areaList
    .map((a) => ({ area: a, units: items.filter((u) => u.areaId === a.id) }))
    .filter((g) => g.units.length > 0)
  return (
    <View className="page">
      <Toolbar addText="新增单位" onAdd={() => editor.open('new')} addTestId="unit-add">
        <View className="spacer">
          <SelectPicker
            options={[{ value: ALL, label: '全部片区' }, ...areaList.map((a) => ({ value: a.id, label: a.name }))]}
            value={areaId}
            onChange={setAreaId}
            testId="units-filter"
          />
        </View>
      </Toolbar>
      <FieldError name="move" message={move.errors._ ?? move.errors.id} />
      <StateView
        loading={units.loading || areas.loading}
        error={units.error ?? areas.error}
        onRetry={() => {
          void areas.reload()
          void units.reload()
        }}
        empty={groups.length === 0}
        emptyText="还没有单位。"
      >
        {groups.map((g) => (
          <View key={g.area.id}>
            <View className="section-title">
              {g.area.name} · {g.units.length} 个单位
            </View>
            <View className="card">
              {g.units.map((u, i) => (
                <ListRow key={u.id} title={u.name} onClick={() => editor.open(u)} testId="unit-row">
                  <View className="list-sub">
                    <Tag text={u.kind} />
                    {!u.active && <Tag text="已停用" />}
                    {u.peopleCount} 人
                  </View>
                  <OrderButtons
                    name={u.name}
                    first={i === 0}
                    last={i === g.units.length - 1}
                    busy={move.busy}
                    onMove={(direction) => void move.save({ id: u.id, direction }).then((out) => out && units.reload())}
                    testId="unit-move"
                  />
                </ListRow>
              ))}
            </View>
          </View>
        ))}
      </StateView>

      <EditorDialog editor={editor} newTitle="新增单位" editTitle="编辑单位" testId="unit-dialog">
        <UnitForm value={editor.form} areas={areaList} errors={editor.errors} onChange={editor.change} />
      </EditorDialog>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <UnitsPage />
    </AdminGate>
  )
}
