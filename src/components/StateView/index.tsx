import type { ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { staleNotice } from '@/services/errors'
import './index.scss'

export interface StateViewProps {
  /** Shows the spinner text when there is nothing to show yet. */
  loading?: boolean
  /** A Chinese message; shows the retry button when onRetry is given. */
  error?: string | null
  /** Nothing to show: the empty text instead of the children. */
  empty?: boolean
  emptyText?: string
  onRetry?: () => void
  /** The figures shown were read at this time and a refresh failed offline (QueryState.staleSince). */
  staleSince?: string | null
  children?: ReactNode
  testId?: string
}

/** Loading, error and empty states in one place, so every page looks the same when waiting. */
export default function StateView(props: StateViewProps) {
  const { loading, error, empty, emptyText = '暂无内容', onRetry, staleSince, children, testId = 'state' } = props
  if (error) {
    return (
      <View className="state state-error" data-testid={`${testId}-error`}>
        <Text className="state-text">{error}</Text>
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
