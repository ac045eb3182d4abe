import type { ReactNode } from 'react'
import { View } from '@tarojs/components'

export interface ListRowProps {
  title: ReactNode
  /** Lines under the title (list-sub, tags). */
  children?: ReactNode
  /** The action link on the right. */
  action?: string
  /** Tapping the row. */
  onClick?: () => void
  /** Tapping only the action link (when the row itself does nothing). */
  onAction?: () => void
  testId?: string
}

/** A list row: title and lines on the left, an action link (编辑) on the right. */
export default function ListRow({ title, children, action = '编辑', onClick, onAction, testId }: ListRowProps) {
  return (
    <View className="list-item" onClick={onClick} data-testid={testId}>
      <View className="list-main">
        <View className="list-title">{title}</View>
        {children}
      </View>
      <View className="link-action" onClick={onAction}>
        {action}
      </View>
    </View>
  )
}
