import { useState } from 'react'
import { Button, View } from '@tarojs/components'
import type { ObservationView, OutputOf } from '@/core/contract'
import PhotoStrip from '@/components/PhotoStrip'
import StateView, { isRefusal } from '@/components/StateView'
import Tag from '@/components/Tag'
import type { StatusText } from '@/core/status'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useSession } from '@/hooks/useSession'
import { call } from '@/services/api'
import { rolesOf } from '@/services/session'
import RectifyForm from './RectifyForm'
import RequestDialog from './RequestDialog'
import './index.scss'
import RoleGate from '@/components/RoleGate'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'

const PLAN_STATES: Record<ObservationView['status'], StatusText> = {
  requested: '已邀请，等待安排',
  planned: '已安排',
  declined: '未安排',
  cancelled: '已取消'
}

type UnitObservation = OutputOf<'observe.unit.list'>['items'][number]

/** One observation of the unit with its feedback and rectification. */
function ObservationCard({ o, secretary, onChanged }: { o: UnitObservation; secretary: boolean; onChanged: () => void }) {
  const r = o.rectification
  const canAnswer = secretary && r !== null && (r.status === 'open' || r.status === 'returned')
  return (
    <View className="card" data-testid="rectify-item">
      <View className="list-title">
        {formatDayZh(o.day, todayInDistrict())} {o.time} · {o.modeLabel}巡听
      </View>
      <View className="list-sub">
        <Tag text={PLAN_STATES[o.status]} />
        {o.groupName ?? ''}
        {o.theme ? ` · 专项：${o.theme}` : ''}
        {o.closedReason ? ` · ${o.closedReason}` : ''}
      </View>
      {r && (
        <View className="rectify-feedback" data-testid="rectify-feedback">
          <View className="rectify-row">
            <Tag text={r.statusLabel} testId="rectify-status" />
            {r.overdue && <Tag text="已逾期" testId="rectify-overdue" />}
            <View className="muted">整改期限 {r.deadline}</View>
          </View>
          {o.sessionScore !== null && (
            <View className="muted">
              本场得分 {o.sessionScore} 分（{o.grade}）
            </View>
          )}
          {o.photos.length > 0 && (
            <>
              <View className="follow-label">现场照片</View>
              <PhotoStrip photos={o.photos} testId="rectify-photos" />
            </>
          )}
          <View className="follow-label">反馈结果</View>
          <View data-testid="rectify-findings">{r.findings}</View>
          <View className="follow-label">意见建议</View>
          <View>{r.suggestions}</View>
          {r.measures && (
            <>
              <View className="follow-label">整改措施</View>
              <View>{r.measures}</View>
              <View className="follow-label">整改落实情况</View>
              <View>{r.evidence}</View>
            </>
          )}
          {r.status === 'returned' && r.returnReason && <View className="field-error">巡听组退回：{r.returnReason}</View>}
          {canAnswer && <RectifyForm observationId={o.id} onDone={onChanged} />}
        </View>
      )}
    </View>
  )
}

/** The unit's observations (random ones only once started), the feedback and its rectification. */
function RectifyPage() {
  const session = useSession()
  const secretary = rolesOf(session.me).includes('unitSecretary')
  const list = useQuery(() => call('observe.unit.list', {}), [])
  useReloadOnShow(list.reload)
  const [requesting, setRequesting] = useState(false)
  const items = list.data?.items ?? []
  // A refusal from the server (another unit's figures): only the refusal, none of the page around it.
  if (isRefusal(list.error))
    return (
      <View className="page">
        <StateView error={list.error} />
      </View>
    )
  return (
    <View className="page">
      {secretary && (
        <Button className="btn btn-block rectify-request" onClick={() => setRequesting(true)} data-testid="rectify-request">
          邀请巡听旁听组来指导
        </Button>
      )}
      {list.data && <View className="section-title">{list.data.unitName}的巡听旁听</View>}
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => void list.reload()}
        empty={items.length === 0}
        emptyText="本单位还没有巡听旁听记录。"
        testId="rectify-list"
      >
        {items.map((o) => (
          <ObservationCard key={o.id} o={o} secretary={secretary} onChanged={() => void list.reload()} />
        ))}
      </StateView>
      <RequestDialog
        open={requesting}
        onClose={(sent) => {
          setRequesting(false)
          if (sent) void list.reload()
        }}
      />
    </View>
  )
}

/** Only for the roles of `observe.unit.list`; the others read who the page is for. */
export default function RectifyPageGated() {
  return <RoleGate action="observe.unit.list">{() => <RectifyPage />}</RoleGate>
}
