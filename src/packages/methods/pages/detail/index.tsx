import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { KIND_LABELS } from '@/components/RecordList'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import type { RecordDetailView } from '@/core/contract'
import { formatDayZh } from '@/core/time'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { back } from '@/services/routes'
import Actions from './Actions'
import { Attachments, Body } from './Body'
import './index.scss'
import { todayInDistrict } from '@/services/clock'

/** One record: its details and attachments; the owner's next steps. Unit roles and the admin may open it too. */
export default function RecordDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const query = useQuery(() => call('record.get', { id }), [id], id !== '')
  const [detail, setDetail] = useState<RecordDetailView | null>(null)
  useEffect(() => setDetail(query.data), [query.data])
  useReloadOnShow(query.reload)

  return (
    <View className="page detail-page" data-testid="record-detail">
      <StateView
        loading={query.loading && !detail}
        error={detail ? null : query.error}
        onRetry={() => void query.reload()}
        testId="record-detail"
      >
        {detail && (
          <>
            <View className="card">
              <View className="row detail-head">
                <Tag text={KIND_LABELS[detail.item.kind]} />
                {detail.item.status && <Tag text={detail.item.status} testId="detail-status" />}
                {detail.item.withdrawn && <Tag text="已撤回" testId="detail-withdrawn" />}
                <View className="spacer" />
                <Text className="muted">{formatDayZh(detail.item.date, todayInDistrict())}</Text>
              </View>
              {detail.body.kind !== 'note' && <View className="detail-title">{detail.item.title}</View>}
              <Body detail={detail} />
              <Attachments detail={detail} />
              <View className="detail-foot muted">
                {detail.mine ? '' : `${detail.person.name} · ${detail.person.unitName} · `}
                {detail.item.fromMeeting ? '来自会议记录' : `记录于 ${detail.createdAt.slice(0, 10)}`}
                {detail.withdrawReason ? ` · 撤回原因：${detail.withdrawReason}` : ''}
              </View>
            </View>
            <Actions detail={detail} onChanged={(next) => (next ? setDetail(next) : back())} />
          </>
        )}
      </StateView>
    </View>
  )
}
