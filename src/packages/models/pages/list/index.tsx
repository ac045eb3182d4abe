import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { NominationItemView } from '@/core/contract'
import ChipGroup from '@/components/ChipGroup'
import RoleGate from '@/components/RoleGate'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import type { Me } from '@/services/session'
import { open, ROUTES } from '@/services/routes'
import './index.scss'

type Scope = 'mine' | 'unit' | 'all'

/** The scopes the person may read: all (admin), the unit (secretary, leader), their own. */
function scopesOf(me: Me): Array<{ value: Scope; label: string }> {
  const roles = me.person.roles
  const out: Array<{ value: Scope; label: string }> = []
  if (roles.includes('admin')) out.push({ value: 'all', label: '全部推荐' })
  if (roles.includes('unitSecretary') || roles.includes('unitLeader')) out.push({ value: 'unit', label: '本单位' })
  if (roles.some((r) => r === 'admin' || r === 'unitSecretary' || r === 'observer'))
    out.push({ value: 'mine', label: '我的推荐' })
  return out
}

function NominationList({ me }: { me: Me }) {
  const scopes = scopesOf(me)
  const asked = useRouter().params.scope
  const [scope, setScope] = useState<Scope>(scopes.find((s) => s.value === asked)?.value ?? scopes[0].value)
  const list = useQuery(() => call('models.list', { scope }), [scope])
  useReloadOnShow(list.reload)
  const items = list.data?.items ?? []
  const waiting = items.filter((n) => n.state === 'nominated')
  const others = items.filter((n) => n.state !== 'nominated')
  const canNominate = me.person.roles.some((r) => r === 'admin' || r === 'unitSecretary')
  const row = (n: NominationItemView) => (
    <View className="list-item" key={n.id} onClick={() => open(ROUTES.modelsDetail, { id: n.id })} data-testid="nomination-row">
      <View className="list-main">
        <View className="list-title">{n.subjectName}</View>
        <View className="list-sub">
          {n.year}年度 · {n.kindLabel}
        </View>
        <View className="list-sub">
          {n.unitName} · {n.nominatorName}推荐 · {n.evidenceCount}项材料
        </View>
      </View>
      <Tag text={n.stateLabel} testId="nomination-state" />
    </View>
  )
  return (
    <View className="page">
      {scopes.length > 1 && (
        <ChipGroup options={scopes} value={[scope]} single onChange={([s]) => setScope(s)} testId="nominations-scope" />
      )}
      {canNominate && (
        <Button
          className="btn btn-primary btn-block nominations-new"
          onClick={() => open(ROUTES.modelsNominate)}
          data-testid="nominations-new"
        >
          推荐先进典型
        </Button>
      )}
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => void list.reload()}
        empty={items.length === 0}
        emptyText="还没有推荐。单位记录员可推荐本单位或本单位干部，巡听旁听小组可从听过的中心组学习推荐示范课、示范班。"
        testId="nominations"
      >
        {waiting.length > 0 && (
          <View className="card" data-testid="nominations-waiting">
            <View className="card-title">待审核</View>
            {waiting.map(row)}
          </View>
        )}
        {others.length > 0 && (
          <View className="card" data-testid="nominations-done">
            <View className="card-title">已处理</View>
            {others.map(row)}
          </View>
        )}
      </StateView>
      <Text className="link-action nominations-showcase" onClick={() => open(ROUTES.modelsShowcase)}>
        查看先进典型展示 ›
      </Text>
    </View>
  )
}

export default function NominationListPage() {
  return (
    <RoleGate allow={(me) => scopesOf(me).length > 0} refusal="推荐列表供单位记录员、主要负责同志、巡听旁听小组和区委宣传部查看">
      {(me) => <NominationList me={me} />}
    </RoleGate>
  )
}
