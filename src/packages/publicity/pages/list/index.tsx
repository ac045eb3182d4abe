import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import ChipGroup from '@/components/ChipGroup'
import StateView from '@/components/StateView'
import type { PublicityItemView } from '@/core/contract'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useSession } from '@/hooks/useSession'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import { isAdmin, isUnitRole } from '@/services/session'
import AnswerDialog from '../../components/AnswerDialog'
import ItemRow from '../../components/ItemRow'
import './index.scss'

type Scope = 'mine' | 'unit' | 'district'
const SCOPE_LABELS: Record<Scope, string> = { mine: '我的', unit: '本单位', district: '全区' }
const STATUSES = [
  { value: 'all', label: '全部' },
  { value: 'submitted', label: '已投稿' },
  { value: 'published', label: '已刊发' },
  { value: 'notUsed', label: '不予采用' }
] as const
type StatusFilter = (typeof STATUSES)[number]['value']

const isScope = (v: string | undefined): v is Scope => v === 'mine' || v === 'unit' || v === 'district'

/** 宣传报道: one's own items, the unit's (secretary, leader) or the district's (admin), newest first. */
export default function PublicityListPage() {
  const { me } = useSession()
  const asked = useRouter().params.scope
  const scopes: Scope[] = [
    'mine',
    ...(isUnitRole(me) ? (['unit'] as const) : []),
    ...(isAdmin(me) ? (['district'] as const) : [])
  ]
  const fallback: Scope = isUnitRole(me) ? 'unit' : 'mine'
  const [chosen, setScope] = useState<Scope | null>(isScope(asked) ? asked : null)
  const scope = chosen && scopes.includes(chosen) ? chosen : fallback
  const [status, setStatus] = useState<StatusFilter>('all')
  const [answering, setAnswering] = useState<PublicityItemView | null>(null)
  const list = useQuery(() => call('publicity.list', { scope, ...(status === 'all' ? {} : { status }) }), [scope, status], !!me)
  useReloadOnShow(list.reload)
  const items = list.data?.items ?? []
  const empty =
    scope === 'mine'
      ? '还没有登记过宣传报道。向《要闻》专栏、日报、广播电视台、“魅力”新媒体或学习强国投稿后，可在这里登记。'
      : '还没有宣传报道。'
  return (
    <View className="page">
      <Button className="btn btn-primary btn-block" onClick={() => open(ROUTES.publicityForm)} data-testid="publicity-new">
        登记宣传报道
      </Button>
      {(isUnitRole(me) || isAdmin(me)) && (
        <View className="card">
          <View className="list-item" onClick={() => open(ROUTES.publicityCounts)} data-testid="publicity-open-counts">
            <View className="list-main">
              <View className="list-title">宣传统计</View>
              <View className="list-sub">
                {isAdmin(me) ? '各单位、各平台的投稿和刊发篇数，按月或按年' : '本单位的投稿和刊发篇数，按月或按年'}
              </View>
            </View>
            <Text className="link-action">›</Text>
          </View>
        </View>
      )}
      <View className="card">
        {scopes.length > 1 && (
          <ChipGroup
            options={scopes.map((s) => ({ value: s, label: SCOPE_LABELS[s] }))}
            value={[scope]}
            single
            onChange={([s]) => setScope(s)}
            testId="publicity-scope"
          />
        )}
        <View className="pub-filter">
          <ChipGroup options={STATUSES} value={[status]} single onChange={([s]) => setStatus(s)} testId="publicity-filter" />
        </View>
        {list.data && <View className="list-sub">共 {list.data.total} 条</View>}
      </View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => void list.reload()}
        empty={items.length === 0}
        emptyText={empty}
        testId="publicity-list"
      >
        <View className="card">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} onClick={item.canChange ? () => setAnswering(item) : undefined} />
          ))}
        </View>
        {list.data && list.data.total > items.length && (
          <View className="muted pub-foot">仅显示最近 {items.length} 条，可按状态筛选查看。</View>
        )}
      </StateView>
      <View className="muted pub-foot">点一条记录可登记刊发或不予采用；心得体会在“我的记录”中投稿，也会列在这里。</View>
      {answering && (
        <AnswerDialog
          item={answering}
          onDone={(changed) => {
            setAnswering(null)
            if (changed !== answering) void list.reload()
          }}
        />
      )}
    </View>
  )
}
