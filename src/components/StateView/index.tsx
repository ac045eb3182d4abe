import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { staleNotice, type ApiError } from '@/services/errors'
import { ROUTES, switchTab } from '@/services/routes'
import './index.scss'

export interface StateViewProps {
  /** Shows the spinner text when there is nothing to show yet. */
  loading?: boolean
  /**
   * A Chinese message, or the failed call: shows the retry button when onRetry is given — except
   * for a refusal (FORBIDDEN), which no retry can change.
   */
  error?: string | ApiError | null
  /** The page is not for this person: says who it is for, offers the way home, and shows nothing else. */
  refusal?: string | null
  /** Nothing to show: the empty text instead of the children. */
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
  /** The figures shown were read at this time and a refresh failed offline (QueryState.staleSince). */
  staleSince?: string | null
  children?: ReactNode
  testId?: string
}

/** True when the call was refused for the caller's role or unit: no retry can change it. */
export function isRefusal(error: string | ApiError | null | undefined): error is ApiError {
  return typeof error === 'object' && error?.code === 'FORBIDDEN'
}

/** Loading, error, refusal and empty states in one place, so every page looks the same when waiting. */
export default function StateView(props: StateViewProps) {
  const { loading, error, empty, emptyText = '暂无内容', onRetry, staleSince, children, testId = 'state' } = props
  const refusal = props.refusal ?? (isRefusal(error) ? error.message : null)
  if (refusal) {
    return (
      <View className="state state-refused" data-testid="state-refused">
        <Text className="state-text">{refusal}</Text>
        <Button className="btn btn-small state-retry" onClick={() => switchTab(ROUTES.home)} data-testid="state-home">
          返回首页
        </Button>
      </View>
    )
  }
  if (error) {
    return (
      <View className="state state-error" data-testid={`${testId}-error`}>
        <Text className="state-text">{typeof error === 'string' ? error : error.message}</Text>
        {onRetry && (
          <Button className="btn btn-small state-retry" onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (loading) {
    return (
      <View className="state state-loading" data-testid={`${testId}-loading`}>
        <View className="state-dots">
          <View className="state-dot" />
          <View className="state-dot" />
          <View className="state-dot" />
        </View>
        <Text className="state-text">正在加载…</Text>
      </View>
    )
  }
  if (empty) {
    return (
      <View className="state state-empty" data-testid={`${testId}-empty`}>
        <Text className="state-text">{emptyText}</Text>
      </View>
    )
  }
  return (
    <>
      {staleSince && (
        <View className="state-stale" data-testid={`${testId}-stale`}>
          {staleNotice(staleSince)}
        </View>
      )}
      {children}
    </>
  )
}
