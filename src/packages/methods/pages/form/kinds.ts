import type { FileView, InputOf, RecordDetailView } from '@/core/contract'
import type { DayKey } from '@/core/time'

// The five methods' forms, described once: blank values, how a draft becomes the action's input,
// and how a stored record fills the form for a correction.

export type FormKind = 'note' | 'lecture' | 'outreach' | 'leadStudy' | 'exchange' | 'xuexi'
export const FORM_KINDS: readonly FormKind[] = ['note', 'xuexi', 'lecture', 'outreach', 'leadStudy', 'exchange']

export type Values = Record<string, string | boolean>

export const FORM_TITLES: Record<FormKind, string> = {
  note: '心得体会',
  xuexi: '学习强国',
  lecture: '进学校讲课',
  outreach: '沉到基层宣讲',
  leadStudy: '以会代训领学',
  exchange: '在交流中互学'
}

/** Which forms take attachments, and of what. */
export const ATTACH: Partial<Record<FormKind, { max: number; documents: boolean; label: string }>> = {
  note: { max: 9, documents: true, label: '附件（图片或 pdf、docx 文档）' },
  lecture: { max: 9, documents: false, label: '照片' },
  outreach: { max: 9, documents: false, label: '照片' }
}

export function blankValues(kind: FormKind, today: DayKey): Values {
  switch (kind) {
    case 'note':
      return { date: today, title: '', body: '' }
    case 'lecture':
      return { date: today, schoolId: '', schoolName: '', classType: '', topic: '', audience: '', status: 'given', research: '' }
    case 'outreach':
      return { date: today, placeType: '', place: '', topic: '', audience: '', faceToFace: true, lectureGroupMember: false }
    case 'leadStudy':
      return { date: today, meeting: '', content: '', tiedToWork: '' }
    case 'exchange':
      return { date: today, occasion: '', content: '' }
    case 'xuexi':
      return { month: today.slice(0, 7), note: '' }
  }
}

const str = (v: string | boolean | undefined): string => (typeof v === 'string' ? v.trim() : '')
const num = (v: string | boolean | undefined): number | null => {
  const s = str(v)
  return s === '' ? null : Number(s)
}

/** The write a form makes: the action and its input. */
export type FormWrite =
  | { action: 'note.save'; input: InputOf<'note.save'> }
  | { action: 'lecture.save'; input: InputOf<'lecture.save'> }
  | { action: 'outreach.save'; input: InputOf<'outreach.save'> }
  | { action: 'leadStudy.save'; input: InputOf<'leadStudy.save'> }
  | { action: 'exchange.save'; input: InputOf<'exchange.save'> }
  | { action: 'xuexi.report'; input: InputOf<'xuexi.report'> }

/** The action and input of a filled form (the server checks everything again). */
export function toWrite(kind: FormKind, v: Values, files: readonly FileView[], id: string | null): FormWrite {
  const fileIds = files.map((f) => f.id)
  const idPart = id ? { id } : {}
  switch (kind) {
    case 'note':
      return {
        action: 'note.save',
        input: { ...idPart, date: str(v.date), title: str(v.title), body: String(v.body ?? ''), fileIds }
      }
    case 'lecture':
      return {
        action: 'lecture.save',
        input: {
          ...idPart,
          // A listed school by id, or the name of one the list lacks.
          ...(str(v.schoolId) ? { schoolId: str(v.schoolId) } : { schoolName: str(v.schoolName) || null }),
          date: str(v.date),
          classType: str(v.classType) as InputOf<'lecture.save'>['classType'],
          topic: str(v.topic),
          audience: num(v.audience),
          status: str(v.status) as 'planned' | 'given',
          research: str(v.research) || null,
          fileIds
        }
      }
    case 'outreach':
      return {
        action: 'outreach.save',
        input: {
          ...idPart,
          date: str(v.date),
          placeType: str(v.placeType) as InputOf<'outreach.save'>['placeType'],
          place: str(v.place),
          topic: str(v.topic),
          audience: num(v.audience),
          faceToFace: v.faceToFace === true,
          lectureGroupMember: v.lectureGroupMember === true,
          fileIds
        }
      }
    case 'leadStudy':
      return {
        action: 'leadStudy.save',
        input: {
          ...idPart,
          date: str(v.date),
          meeting: str(v.meeting),
          content: str(v.content),
          tiedToWork: str(v.tiedToWork) || null
        }
      }
    case 'exchange':
      return {
        action: 'exchange.save',
        input: {
          ...idPart,
          date: str(v.date),
          occasion: str(v.occasion) as InputOf<'exchange.save'>['occasion'],
          content: str(v.content)
        }
      }
    case 'xuexi':
      return { action: 'xuexi.report', input: { month: str(v.month), note: str(v.note) } }
  }
}

const text = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v))

/** The form values of a stored record, for a correction. */
export function valuesOf(detail: RecordDetailView): Values {
  const { body, item } = detail
  switch (body.kind) {
    case 'note':
      return { date: item.date, title: body.details.title, body: body.details.body }
    case 'lecture': {
      const d = body.details
      const status = d.status
      return {
        date: item.date,
        schoolId: d.schoolId,
        schoolName: '',
        classType: d.classType,
        topic: d.topic,
        audience: text(d.audience),
        status,
        research: text(d.research)
      }
    }
    case 'outreach': {
      const d = body.details
      return {
        date: item.date,
        placeType: d.placeType,
        place: d.place,
        topic: d.topic,
        audience: text(d.audience),
        faceToFace: d.faceToFace,
        lectureGroupMember: d.lectureGroupMember
      }
    }
    case 'leadStudy':
      return {
        date: item.date,
        meeting: body.details.meeting,
        content: body.details.content,
        tiedToWork: text(body.details.tiedToWork)
      }
    case 'exchange':
      return { date: item.date, occasion: body.details.occasion, content: body.details.content }
    case 'xuexi':
      return { month: item.date.slice(0, 7), note: text(body.details.note) }
    default:
      return {}
  }
}

/** The attached files of a stored record, as the picker holds them. */
export function filesOf(detail: RecordDetailView): FileView[] {
  return detail.attachments.map((a) => ({ id: a.fileId, name: a.name, mime: a.mime, size: a.size, image: a.image }))
}
