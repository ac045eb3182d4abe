import { View } from '@tarojs/components'
import type { SheetNotes as Notes } from '@/core/contract'
import './index.scss'

const REVIEWED: ReadonlyArray<[keyof Omit<Notes['documentReview'], 'note'>, string]> = [
  ['studyPlan', '学习计划'],
  ['firstAgendaRecords', '第一议题记录'],
  ['materials', '学习资料']
]

/** One observer's 点评, 查阅资料 and 实地调研, read-only (the group leader and the admin see every member's). */
export default function SheetNotes({ notes }: { notes: Notes }) {
  const review = notes.documentReview
  const checked = REVIEWED.filter(([key]) => review[key]).map(([, label]) => label)
  return (
    <View className="sheet-notes" data-testid="sheet-notes">
      <View className="sheet-notes-label">现场指导和点评</View>
      <View className="sheet-notes-text">{notes.comments}</View>
      <View className="sheet-notes-label">查阅资料</View>
      <View className="sheet-notes-text">
        {checked.length ? `已查阅：${checked.join('、')}` : '未勾选查阅项目'}
        {review.note ? `；${review.note}` : ''}
      </View>
      {notes.fieldResearch && (
        <View>
          <View className="sheet-notes-label">实地调研</View>
          <View className="sheet-notes-text">{notes.fieldResearch}</View>
        </View>
      )}
    </View>
  )
}
