import { useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import AttachmentPicker from '@/components/AttachmentPicker'
import ChipGroup from '@/components/ChipGroup'
import Field from '@/components/Field'
import FieldError from '@/components/FieldError'
import { fieldAnchorId } from '@/services/form-errors'
import { runningTotal, type ReviewKey, type SheetDraft } from './draft'

const REVIEW_OPTIONS: ReadonlyArray<{ value: ReviewKey; label: string }> = [
  { value: 'studyPlan', label: '学习计划' },
  { value: 'firstAgendaRecords', label: '第一议题记录' },
  { value: 'materials', label: '学习资料' }
]

export interface SheetFormProps {
  draft: SheetDraft
  /** Message per field the last submit refused (`scores.item1`, `comments` …). */
  errors: Readonly<Record<string, string>>
  disabled: boolean
  /** Links of the photos the server holds (fileId → url), for thumbnails. */
  photoLinks: Record<string, string>
  /** The observer, whose upload folder photos go to on the phone. */
  personId: string
  onEdit: (patch: Partial<SheetDraft>, field?: string) => void
  onPhotos: (photos: SheetDraft['photos']) => void
}

/** At most this many on-site photos per sheet (the contract's cap). */
const MAX_PHOTOS = 9

/** The rubric items with their bounds, the running total, comments and the document review. */
export default function SheetForm({ draft, errors, disabled, photoLinks, personId, onEdit, onPhotos }: SheetFormProps) {
  // A photo the server refused (wrong type, too big): shown until the next photo change.
  const [photoError, setPhotoError] = useState<string | null>(null)
  const errorFor = (field: string) =>
    errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1] ?? null
  const parts = [...new Set(draft.rubric.items.map((i) => i.part))]
  return (
    <View>
      <View className="card" data-testid="sheet-rubric">
        <View className="card-title">
          评分（满分 {draft.rubric.items.reduce((s, i) => s + i.max, 0)} 分）
          <Text className="muted"> · 第 {draft.rubric.version} 版细则</Text>
        </View>
        {parts.map((part) => (
          <View key={part}>
            <View className="sheet-part">{part}</View>
            {draft.rubric.items
              .filter((i) => i.part === part)
              .map((item) => {
                const field = `scores.${item.key}`
                const error = errorFor(field)
                return (
                  <View key={item.key} id={fieldAnchorId(field)} className={`sheet-item ${error ? 'field-invalid' : ''}`}>
                    <View className="sheet-item-row">
                      <View className="sheet-item-label">
                        <Text>{item.label}</Text>
                        <Text className="muted">（0–{item.max}分）</Text>
                      </View>
                      <Input
                        className="input sheet-score"
                        type="digit"
                        value={draft.scores[item.key] ?? ''}
                        placeholder={`≤${item.max}`}
                        disabled={disabled}
                        maxlength={4}
                        onInput={(e) => onEdit({ scores: { ...draft.scores, [item.key]: e.detail.value } }, field)}
                        data-testid={`sheet-score-${item.key}`}
                      />
                    </View>
                    <FieldError name={field} message={error} />
                  </View>
                )
              })}
          </View>
        ))}
        <View className="sheet-total" data-testid="sheet-total">
          合计 <Text className="sheet-total-figure">{runningTotal(draft)}</Text> 分
        </View>
      </View>

      <View className="card">
        <Field name="comments" label="现场指导和点评" error={errorFor('comments')}>
          <Textarea
            className="textarea"
            value={draft.comments}
            placeholder="领学、研讨和组织情况，现场指导意见"
            maxlength={2000}
            disabled={disabled}
            onInput={(e) => onEdit({ comments: e.detail.value }, 'comments')}
            data-testid="sheet-comments"
          />
        </Field>
        <Field name="documentReview" label="查阅资料" hint="勾选已查阅且齐全的资料">
          <ChipGroup
            options={REVIEW_OPTIONS}
            value={draft.reviewed}
            onChange={(reviewed) => !disabled && onEdit({ reviewed }, 'documentReview')}
            testId="sheet-review"
          />
          <Input
            className="input sheet-review-note"
            value={draft.reviewNote}
            placeholder="查阅情况说明（选填）"
            maxlength={500}
            disabled={disabled}
            onInput={(e) => onEdit({ reviewNote: e.detail.value }, 'documentReview')}
            data-testid="sheet-review-note"
          />
        </Field>
        <Field name="fieldResearch" label="实地调研" optional error={errorFor('fieldResearch')}>
          <Textarea
            className="textarea"
            value={draft.fieldResearch}
            placeholder="实地调研的情况"
            maxlength={1000}
            disabled={disabled}
            onInput={(e) => onEdit({ fieldResearch: e.detail.value }, 'fieldResearch')}
            data-testid="sheet-research"
          />
        </Field>
        <Field
          name="photos"
          label="现场照片"
          optional
          hint="最多9张，jpg、png、webp，每张不超过10 MB；照片上传失败不影响提交评分"
          error={errorFor('photos') ?? photoError}
        >
          <AttachmentPicker
            files={draft.photos}
            links={photoLinks}
            max={MAX_PHOTOS}
            documents={false}
            personId={personId}
            disabled={disabled}
            noun="照片"
            onChange={(photos) => {
              setPhotoError(null)
              onPhotos(photos)
            }}
            onError={setPhotoError}
          />
        </Field>
      </View>
    </View>
  )
}
