import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import AdminGate from '@/components/AdminGate'
import ChipGroup from '@/components/ChipGroup'
import Pager from '@/components/Pager'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import type { SupervisionRow } from '@/core/contract'
import { SUPERVISION_PAGE } from '@/core/contract/observation-supervision.contract'
import type { RectificationStatus } from '@/core/model/observation'
import { RECTIFICATION_LABELS } from '@/core/rules/observation'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'
import './index.scss'

type StatusChip = RectificationStatus | 'all' | 'overdue'

const STATUS_CHIPS: ReadonlyArray<{ value: StatusChip; label: string }> = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '已逾期' },
  { value: 'open', label: RECTIFICATION_LABELS.open },
  { value: 'returned', label: RECTIFICATION_LABELS.returned },
  { value: 'submitted', label: RECTIFICATION_LABELS.submitted },
  { value: 'closed', label: RECTIFICATION_LABELS.closed }
]

/** One rectification: unit, findings, deadline and state; opens the session page with the feedback, the unit's answer and the verification. */
function Row({ row }: { row: SupervisionRow }) {
  const r = row.rectification
  return (
    <View
      className="rectify-row"
      onClick={() => open(ROUTES.observeSession, { id: r.observationId })}
      data-testid="rectify-row"
      data-status={r.status}
    >
      <View className="rectify-row-head">
        <View className="list-title">{row.unitName}</View>
        <View>
          {r.overdue && <Tag text={`逾期${row.daysOverdue}天`} tone="alert" testId="rectify-overdue" />}
          <Tag text={r.statusLabel} />
        </View>
      </View>
      <View className="rectify-row-findings">{r.findings}</View>
      <View className="rectify-row-line">
        <Text>{row.areaName}</Text>
        <Text>{row.groupName}</Text>
        <Text>整改期限 {r.deadline}</Text>
        {r.rounds > 1 && <Text>第{r.rounds}次提交</Text>}
      </View>
    </View>
  )
}

/** 整改督查: every unit's rectifications after observation feedback, by area, state and overdue. */
function RectifyListPage() {
  const thisYear = Number(currentMonth().slice(0, 4))
  const [year, setYear] = useState<number | null>(thisYear)
  const [areaId, setAreaId] = useState('all')
  const [chip, setChip] = useState<StatusChip>('overdue')
  const [offset, setOffset] = useState(0)
  const status = chip === 'all' || chip === 'overdue' ? null : chip
  const list = useQuery(
    () =>
      call('observe.rectifications', {
        year,
        areaId: areaId === 'all' ? null : areaId,
        status,
        overdue: chip === 'overdue',
        offset
      }),
    [year, areaId, status, chip, offset]
  )
  const data = list.data
  const items = data?.items ?? []
  const areas = [{ value: 'all', label: '全部片区' }, ...(data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))]
  const years = [
    { value: String(thisYear), label: `${thisYear}年` },
    { value: String(thisYear - 1), label: `${thisYear - 1}年` },
    { value: 'all', label: '全部年度' }
  ]
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setOffset(0)
    }

  return (
    <View className="page">
      <View className="card rectify-filters">
        <ChipGroup
          options={years}
          value={[year === null ? 'all' : String(year)]}
          single
          onChange={([v]) => filter(setYear)(v === undefined || v === 'all' ? null : Number(v))}
          testId="rectify-year"
        />
        <ChipGroup
          options={areas}
          value={[areaId]}
          single
          onChange={([v]) => filter(setAreaId)(v ?? 'all')}
          testId="rectify-area"
        />
        <ChipGroup
          options={STATUS_CHIPS}
          value={[chip]}
          single
          onChange={([v]) => filter(setChip)(v ?? 'all')}
          testId="rectify-status"
        />
      </View>
      <View className="card">
        {data && (
          <View className="muted" data-testid="rectify-total">
            共 {data.total} 条{chip === 'overdue' ? '逾期未整改' : ''}
          </View>
        )}
        <StateView
          loading={list.loading}
          error={list.error}
          onRetry={() => void list.reload()}
          empty={items.length === 0}
          emptyText={chip === 'overdue' ? '没有逾期未整改的单位' : '没有符合条件的整改'}
          testId="rectify-list"
        >
          {items.map((row) => (
            <Row key={row.rectification.observationId} row={row} />
          ))}
        </StateView>
      </View>
      {data && <Pager offset={offset} pageSize={SUPERVISION_PAGE} total={data.total} onChange={setOffset} />}
      <View className="muted">按整改期限先后排列；点开一条可查看反馈意见、单位整改情况和核验结果。</View>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <RectifyListPage />
    </AdminGate>
  )
}
