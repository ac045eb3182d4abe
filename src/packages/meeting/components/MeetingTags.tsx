import type { MeetingItemView } from '@/core/contract'
import Tag from '@/components/Tag'

/** Status, compliance and lateness of a meeting as small tags. */
export default function MeetingTags({ item }: { item: MeetingItemView }) {
  return (
    <>
      <Tag text={item.statusLabel} testId="meeting-status-tag" />
      {!item.withdrawn && item.compliant === true && <Tag text="第一议题合规" testId="meeting-compliant" />}
      {!item.withdrawn && item.compliant === false && <Tag text="第一议题不合规" testId="meeting-noncompliant" />}
      {item.overdue && <Tag text="逾期未记录" testId="meeting-overdue" />}
      {item.locked && <Tag text="已锁定" />}
    </>
  )
}
