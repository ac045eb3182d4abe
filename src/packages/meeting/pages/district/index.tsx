import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CoverageView } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import ChipGroup from '@/components/ChipGroup'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import CoverageFigures from '../../components/CoverageFigures'
import MeetingRows from '../../components/MeetingRows'
import PeriodPicker, { periodInput, usePeriod } from '../../components/PeriodPicker'
import './index.scss'

const rate = (c: CoverageView) => (c.rate === null ? '无会议' : `${c.rate}%`)

/** One line of a unit or an area: its figures in words, no ordering by them. */
function Row({ title, sub, c, onClick }: { title: string; sub?: string; c: CoverageView; onClick?: () => void }) {
  return (
    <View className="list-item" onClick={onClick} data-testid="district-row">
      <View className="list-main">
        <View className="list-title">{title}</View>
        <View className="list-sub">
          {sub ? `${sub} · ` : ''}会议 {c.meetings} · 合规 {c.compliant}
          {c.overdue > 0 ? ` · 逾期未记录 ${c.overdue}` : ''}
        </View>
      </View>
      <Text className={`district-rate ${c.rate !== null && c.rate < 100 ? 'district-rate-low' : ''}`}>{rate(c)}</Text>
      {onClick && <Text className="link-action">›</Text>}
    </View>
  )
}

/** The publicity department's view: the district, each area and each unit (roster order), and the lists. */
function DistrictPage() {
  const { period, setPeriod } = usePeriod()
  const [areaId, setAreaId] = useState<string>('all')
  const data = useQuery(
    () => call('meeting.districtCoverage', { ...periodInput(period), areaId: areaId === 'all' ? undefined : areaId }),
    [JSON.stringify(period), areaId]
  )
  const areas = useQuery(() => call('roster.areas.list', {}), [])
  const d = data.data
  const areaOptions = [{ value: 'all', label: '全区' }, ...(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))]
  return (
    <View className="page">
      <PeriodPicker period={period} onChange={setPeriod} />
      <View className="card">
        <ChipGroup options={areaOptions} value={[areaId]} single onChange={([v]) => setAreaId(v)} testId="district-area" />
      </View>
      <StateView
        loading={data.loading}
        error={data.error}
        onRetry={() => void data.reload()}
        staleSince={data.staleSince}
        testId="district"
      >
        {d && (
          <>
            <View className="card">
              <View className="card-title">
                {areaId === 'all' ? '全区' : areaOptions.find((a) => a.value === areaId)?.label} · {d.period.label}
              </View>
              <CoverageFigures c={d.district} testId="district-coverage" />
            </View>
            {areaId === 'all' && (
              <View className="card">
                <View className="card-title">各片区</View>
                {d.areas.map((a) => (
                  <Row key={a.areaId} title={a.areaName} c={a.coverage} onClick={() => setAreaId(a.areaId)} />
                ))}
              </View>
            )}
            <View className="card">
              <View className="card-title">各单位</View>
              {d.units.map((u) => (
                <Row
                  key={u.unitId}
                  title={u.unitName}
                  sub={u.areaName}
                  c={u.coverage}
                  onClick={() => open(ROUTES.meetingCoverage, { unitId: u.unitId })}
                />
              ))}
            </View>
            <View className="card">
              <View className="card-title">第一议题不合规的会议</View>
              <StateView empty={d.nonCompliant.length === 0} emptyText="没有不合规的会议。">
                <MeetingRows items={d.nonCompliant} showUnit />
              </StateView>
            </View>
            <View className="card">
              <View className="card-title">尚未记录的会议</View>
              <StateView empty={d.unrecorded.length === 0} emptyText="没有未记录的会议。">
                <MeetingRows items={d.unrecorded} showUnit />
              </StateView>
            </View>
          </>
        )}
      </StateView>
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <DistrictPage />
    </AdminGate>
  )
}
