import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { NominationDetailView } from '@/core/contract'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { useQuery } from '@/hooks/useQuery'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'
import { call } from '@/services/api'
import EvidenceRows from '../../components/EvidenceRows'
import ReviewPanel from './ReviewPanel'
import './index.scss'

const VIA = { admin: '区委宣传部', unit: '单位记录员', group: '巡听旁听小组' } as const

/** One nomination: reason, linked records, where it stands; the admin names, rejects or revokes it here. */
export default function NominationDetailPage() {
  const id = useRouter().params.id ?? ''
  const [fresh, setFresh] = useState<NominationDetailView | null>(null)
  const got = useQuery(() => call('models.get', { id }), [id])
  const n = fresh ?? got.data
  return (
    <View className="page">
      <StateView loading={got.loading && !fresh} error={got.error} onRetry={() => void got.reload()} testId="nomination">
        {n && (
          <>
            <View className="card" data-testid="nomination-head">
              <View className="nomination-top">
                <View className="nomination-name">{n.subjectName}</View>
                <Tag text={n.stateLabel} testId="nomination-state" />
              </View>
              <View className="muted">
                {n.year}年度 · {n.kindLabel}
              </View>
              {n.title && <View className="nomination-title">{n.title}</View>}
              <View className="muted">
                {n.unitName} · {VIA[n.via]}
                {n.nominatorName}于{formatDayZh(n.filedOn, todayInDistrict())}推荐
              </View>
              {n.namedOn && <View className="muted">{formatDayZh(n.namedOn, todayInDistrict())}命名</View>}
              {n.rejectReason && <View className="nomination-note">不予通过：{n.rejectReason}</View>}
              {n.revokeReason && (
                <View className="nomination-note">
                  {n.revokedOn ? `${formatDayZh(n.revokedOn, todayInDistrict())}` : ''}撤销命名：{n.revokeReason}
                </View>
              )}
            </View>
            <View className="card">
              <View className="card-title">推荐理由</View>
              <View className="nomination-reason">{n.reason}</View>
            </View>
            <View className="card">
              <View className="card-title">推荐材料（{n.evidence.length}项）</View>
              <EvidenceRows items={n.evidence} testId="nomination-evidence" />
            </View>
            {(n.canReview || n.canRevoke) && <ReviewPanel nomination={n} onDone={setFresh} />}
          </>
        )}
      </StateView>
    </View>
  )
}
