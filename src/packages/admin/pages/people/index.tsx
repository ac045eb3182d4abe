import { useState } from 'react'
import { Button, Input, View } from '@tarojs/components'
import type { OutputOf, PersonView } from '@/core/contract'
import { ROLE_LABELS } from '@/core/model/roles'
import AdminGate from '@/components/AdminGate'
import Dialog from '@/components/Dialog'
import EditorDialog from '@/components/EditorDialog'
import SelectPicker from '@/components/SelectPicker'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import Toolbar from '@/components/Toolbar'
import { useDebounced } from '@/hooks/useDebounced'
import { useQuery } from '@/hooks/useQuery'
import { useEditor } from '@/hooks/useEditor'
import { useSave } from '@/hooks/useSave'
import { call } from '@/services/api'
import CodeStatus from './CodeStatus'
import PersonForm, { type PersonFormValue } from './PersonForm'
import './index.scss'

const PAGE = 50
const MAX = 200
const EMPTY: PersonFormValue = { name: '', phone: '', unitId: null, position: '', roles: ['cadre'], active: true }
type IssuedCode = OutputOf<'roster.codes.issue'>

/** Roster people: search, filter by unit, add/edit with roles, issue one-time codes. */
function PeoplePage() {
  const [q, setQ] = useState('')
  const [unitId, setUnitId] = useState('')
  const [limit, setLimit] = useState(PAGE)
  const search = useDebounced(q.trim(), 350)
  const units = useQuery(() => call('roster.units.list', {}), [])
  const people = useQuery(
    () => call('roster.people.list', { q: search || null, unitId: unitId || undefined, limit }),
    [search, unitId, limit]
  )
  const issuer = useSave('roster.codes.issue')
  const editor = useEditor('roster.people.save', {
    toForm: (p: PersonView | 'new'): PersonFormValue =>
      p === 'new'
        ? { ...EMPTY, unitId: unitId || null }
        : { name: p.name, phone: p.phone, unitId: p.unitId, position: p.position, roles: p.roles, active: p.active },
    toInput: (f, id) => ({ id, ...f, unitId: f.unitId ?? '' }),
    idOf: (p) => p.id,
    onSaved: () => void people.reload()
  })
  const [codeFor, setCodeFor] = useState<PersonView | null>(null)
  const [issued, setIssued] = useState<IssuedCode | null>(null)

  const issue = async () => {
    if (!codeFor) return
    const out = await issuer.save({ personId: codeFor.id })
    if (out) {
      setCodeFor(null)
      setIssued(out)
    }
  }

  const unitList = units.data?.items ?? []
  const items = people.data?.items ?? []
  const total = people.data?.total ?? 0
  return (
    <View className="page">
      <Toolbar addText="新增" onAdd={() => editor.open('new')} addTestId="person-add">
        <Input
          className="input"
          value={q}
          placeholder="搜索姓名或手机号"
          onInput={(e) => setQ(e.detail.value)}
          data-testid="people-search"
        />
      </Toolbar>
      <View className="people-filter">
        <SelectPicker
          options={[{ value: '', label: '全部单位' }, ...unitList.map((u) => ({ value: u.id, label: u.name }))]}
          value={unitId}
          onChange={setUnitId}
          testId="people-unit-filter"
        />
      </View>
      <View className="section-title">共 {total} 人</View>
      <View className="card">
        <StateView
          loading={people.loading}
          error={people.error}
          onRetry={() => void people.reload()}
          empty={items.length === 0}
          emptyText={search || unitId ? '没有找到符合条件的人员。' : '名册中还没有人员，可新增或导入名册。'}
          testId="people"
        >
          {items.map((p) => (
            <View key={p.id} className="list-item" data-testid="person-row">
              <View className="list-main" onClick={() => editor.open(p)}>
                <View className="list-title">
                  {p.name} <View className="people-phone">{p.phone}</View>
                </View>
                <View className="list-sub">
                  {p.unitName} · {p.position}
                </View>
                <View className="people-tags">
                  {p.roles.map((r) => (
                    <Tag key={r} text={ROLE_LABELS[r]} />
                  ))}
                  <Tag text={p.bound ? '已绑定微信' : '未绑定'} />
                  {!p.active && <Tag text="已停用" />}
                </View>
              </View>
              <View className="people-actions">
                <View className="link-action" onClick={() => editor.open(p)}>
                  编辑
                </View>
                {p.active && (
                  <View
                    className="link-action"
                    onClick={() => {
                      issuer.reset()
                      setCodeFor(p)
                    }}
                    data-testid="person-code"
                  >
                    验证码
                  </View>
                )}
              </View>
            </View>
          ))}
        </StateView>
        {items.length < total && limit < MAX && (
          <Button className="btn btn-block people-more" onClick={() => setLimit(limit + PAGE)}>
            加载更多
          </Button>
        )}
        {items.length < total && limit >= MAX && (
          <View className="muted people-more">仅显示前 {MAX} 人，请用搜索或单位筛选缩小范围。</View>
        )}
      </View>

      <EditorDialog editor={editor} newTitle="新增人员" editTitle="编辑人员" testId="person-dialog">
        <PersonForm value={editor.form} units={unitList} errors={editor.errors} onChange={editor.change} />
      </EditorDialog>

      <Dialog
        open={!!codeFor}
        title="发放验证码"
        confirmText="生成验证码"
        busy={issuer.busy}
        onConfirm={issue}
        onCancel={() => setCodeFor(null)}
        testId="code-confirm"
      >
        <View>
          为 {codeFor?.name}（{codeFor?.unitName}）生成一次性验证码，用于绑定微信或登录。之前发放的验证码将失效。
        </View>
        {codeFor && <CodeStatus personId={codeFor.id} />}
        {issuer.errors._ && <View className="people-error">{issuer.errors._}</View>}
        {issuer.errors.personId && <View className="people-error">{issuer.errors.personId}</View>}
      </Dialog>

      <Dialog
        open={!!issued}
        title="验证码已生成"
        confirmText="我已记下"
        hideCancel
        onConfirm={() => setIssued(null)}
        testId="code-dialog"
      >
        <View className="people-code-for">{issued?.personName}</View>
        <View className="people-code" data-testid="issued-code">
          {issued?.code}
        </View>
        <View className="muted">
          有效期至 {issued ? formatInstant(issued.expiresAt) : ''}，仅可使用一次。关闭后不再显示，请通过可靠渠道告知本人。
        </View>
      </Dialog>
    </View>
  )
}

/** An ISO instant as a China-time date and minute, e.g. 2026年12月7日 10:05. */
function formatInstant(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export default function Page() {
  return (
    <AdminGate>
      <PeoplePage />
    </AdminGate>
  )
}
