import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import AdminGate from '@/components/AdminGate'
import ChipGroup from '@/components/ChipGroup'
import Pager from '@/components/Pager'
import StateView from '@/components/StateView'
import type { FeedbackAdminView } from '@/core/contract'
import { FEEDBACK_PAGE } from '@/core/contract/feedback.contract'
import type { FeedbackStatus } from '@/core/model/feedback'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { messageOf } from '@/services/errors'
import FeedbackCard from '../../components/FeedbackCard'
import AnswerDialog from './AnswerDialog'

type Filter = FeedbackStatus | 'all'

const FILTERS: ReadonlyArray<{ value: Filter; label: string }> = [
  { value: 'open', label: '待回复' },
  { value: 'answered', label: '已回复' },
  { value: 'closed', label: '已办结' },
  { value: 'all', label: '全部' }
]

function FeedbackAdmin() {
  const [filter, setFilter] = useState<Filter>('open')
  const [offset, setOffset] = useState(0)
  const [answering, setAnswering] = useState<FeedbackAdminView | null>(null)
  const status = filter === 'all' ? null : filter
  const list = useQuery(() => call('feedback.list', { status, offset }), [status, offset])
  const data = list.data
  const items = data?.items ?? []

  const close = async (item: FeedbackAdminView) => {
    const ok = await Taro.showModal({ title: '办结', content: '办结后这条意见不能再回复，确定办结吗？', confirmText: '办结' })
    if (!ok.confirm) return
    try {
      await call('feedback.close', { id: item.id }, { idempotencyKey: `feedback.close.${item.id}` })
      void Taro.showToast({ title: '已办结', icon: 'success' })
      void list.reload()
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' })
    }
  }

  return (
    <View className="page" data-testid="feedback-admin">
      <View className="card">
        <ChipGroup
          options={FILTERS}
          value={[filter]}
          single
          onChange={([v]) => {
            setFilter(v ?? 'open')
            setOffset(0)
          }}
          testId="feedback-filter"
        />
        {data && <View className="muted">共 {data.total} 条</View>}
      </View>
      <StateView
        loading={list.loading}
        error={list.error}
        onRetry={() => void list.reload()}
        empty={items.length === 0}
        emptyText={filter === 'open' ? '没有待回复的意见' : '没有意见反馈'}
        testId="feedback-admin"
      >
        {items.map((item) => (
          <FeedbackCard key={item.id} item={item} head={`${item.authorName}（${item.unitName}）`}>
            {item.status !== 'closed' && (
              <View className="feedback-card-actions">
                <Button className="btn" onClick={() => void close(item)} data-testid="feedback-close">
                  办结
                </Button>
                {item.status === 'open' && (
                  <Button className="btn btn-primary" onClick={() => setAnswering(item)} data-testid="feedback-reply">
                    回复
                  </Button>
                )}
              </View>
            )}
          </FeedbackCard>
        ))}
      </StateView>
      {data && <Pager offset={offset} pageSize={FEEDBACK_PAGE} total={data.total} onChange={setOffset} />}
      <AnswerDialog
        item={answering}
        onCancel={() => setAnswering(null)}
        onDone={() => {
          setAnswering(null)
          void Taro.showToast({ title: '已回复', icon: 'success' })
          void list.reload()
        }}
      />
    </View>
  )
}

/** 意见反馈处理 (admin): messages by status, answer once, close. */
export default function FeedbackAdminPage() {
  return (
    <AdminGate>
      <FeedbackAdmin />
    </AdminGate>
  )
}
