import type { MeetingItemView } from '@/core/contract'
import Tag from '@/components/Tag'

/** Status, compliance and lateness of a meeting as small tags. */
export default function MeetingTags({ item }: { item: MeetingItemView }) {
  return (
    <>
      <Tag text={item.statusLabel} tone={item.withdrawn ? 'muted' : 'default'} testId="meeting-status-tag" />
      {!item.withdrawn && item.compliant === true && <Tag text="第一议题合规" tone="success" testId="meeting-compliant" />}
      {!item.withdrawn && item.compliant === false && <Tag text="第一议题不合规" tone="warning" testId="meeting-noncompliant" />}
      {item.overdue && <Tag text="逾期未记录" tone="warning" testId="meeting-overdue" />}
      {item.locked && <Tag text="已锁定" tone="muted" />}
    </>
  )
}
