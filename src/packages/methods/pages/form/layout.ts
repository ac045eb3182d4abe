import type { FormLayout } from '@/services/form-errors'
import type { FormKind } from './kinds'

// Each method form's fields from top to bottom, as Fields renders them (then the attachments):
// a refused submit scrolls to the first one in error.

const ORDER: Record<FormKind, readonly string[]> = {
  note: ['title', 'body', 'date'],
  lecture: ['status', 'schoolId', 'schoolName', 'classType', 'topic', 'date', 'audience', 'research'],
  outreach: ['placeType', 'place', 'topic', 'date', 'audience', 'faceToFace', 'lectureGroupMember'],
  leadStudy: ['meeting', 'date', 'content', 'tiedToWork'],
  exchange: ['occasion', 'date', 'content'],
  xuexi: ['month', 'note']
}

/** The layout of one method's form. */
export function layoutOf(kind: FormKind): FormLayout {
  return { order: [...ORDER[kind], 'fileIds'] }
}
