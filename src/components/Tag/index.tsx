import { Text } from '@tarojs/components'
import './index.scss'

/** success: 达标 · warning: 未达标 · muted: 停用/已归档 · default: plain label. */
export type TagTone = 'default' | 'success' | 'warning' | 'muted'

export interface TagProps {
  text: string
  tone?: TagTone
  testId?: string
}

/** A small rounded label. */
export default function Tag({ text, tone = 'default', testId }: TagProps) {
  return (
    <Text className={`tag tag-${tone}`} data-testid={testId}>
      {text}
    </Text>
  )
}
