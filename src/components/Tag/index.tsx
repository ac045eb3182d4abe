import { Text } from '@tarojs/components'
import { toneOfStatus, type StatusTone } from '@/core/status'
import './index.scss'

/** A status tone from the one palette (src/core/status.ts), or `label` for a plain category (kind, role, mode). */
export type TagTone = StatusTone | 'label'

export interface TagProps {
  text: string
  /**
   * Omit for a status text: its tone comes from the palette (`toneOfStatus`), and an unknown text
   * reads as a plain label. Give it for a figure against a target ("自学 3/5") or a category.
   */
  tone?: TagTone
  testId?: string
}

/** A small rounded label; statuses take their colour from the app's one palette. */
export default function Tag({ text, tone, testId }: TagProps) {
  const resolved = tone ?? toneOfStatus(text) ?? 'label'
  return (
    <Text className={`tag tag-${resolved}`} data-testid={testId} data-tone={resolved}>
      {text}
    </Text>
  )
}
