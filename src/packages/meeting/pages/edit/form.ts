import type { InputOf, MeetingDetailView, SpeechView } from '@/core/contract'
import type { ClassicRow } from '@/components/ClassicsField'
import type { SpeakerRow } from '@/components/SpeakerPointsField'
import type { FirstItemType, LeadMode, MeetingStatus } from '@/core/model/meeting'
import type { FormLayout } from '@/services/form-errors'

// The meeting form's values, and their way to and from the contract.

export type ContentChoice = FirstItemType | 'none'

export interface MeetingForm {
  kind: string
  day: string
  time: string
  place: string
  status: MeetingStatus
  attendeeIds: string[]
  /** Guests, one name per line or separated by 、 */
  guests: string
  contentType: ContentChoice
  /** `catalogue`: the speech comes from the catalogue; `manual`: title and source typed. */
  sourceMode: 'catalogue' | 'manual'
  speech: SpeechView | null
  title: string
  source: string
  leadId: string
  leadMode: LeadMode
  discussion: boolean
  speakers: SpeakerRow[]
  tiedToWork: string
  followUp: string
  classics: ClassicRow[]
  /** The rest of the agenda, one item per line. */
  otherItems: string
  reason: string
}

/**
 * The form's fields from top to bottom (a refused save scrolls to the first one in error); the
 * catalogue speech and a typed source are shown on the study content, the lead's mode on the lead.
 */
export const FORM_LAYOUT: FormLayout = {
  order: [
    'status',
    'kind',
    'day',
    'time',
    'place',
    'attendeeIds',
    'guests',
    'contentType',
    'title',
    'leadId',
    'discussion',
    'speakers',
    'tiedToWork',
    'classics',
    'followUp',
    'otherItems',
    'reason'
  ],
  shownOn: { speechId: 'title', source: 'title', leadMode: 'leadId' }
}

const lines = (text: string, split: RegExp) =>
  text
    .split(split)
    .map((s) => s.trim())
    .filter(Boolean)

/** A new meeting: today at 09:00, held, the unit's leader leading, everyone attending. */
export function newForm(today: string, kind: string, leaderId: string, attendeeIds: string[]): MeetingForm {
  return {
    kind,
    day: today,
    time: '09:00',
    place: '',
    status: 'completed',
    attendeeIds,
    guests: '',
    contentType: 'latestSpeech',
    sourceMode: 'catalogue',
    speech: null,
    title: '',
    source: '',
    leadId: leaderId,
    leadMode: 'lead',
    discussion: true,
    speakers: [],
    tiedToWork: '',
    followUp: '',
    classics: [],
    otherItems: '',
    reason: ''
  }
}

/** The form of a stored meeting. */
export function formOf(d: MeetingDetailView, leaderId: string): MeetingForm {
  const f = d.firstItem
  // A planned meeting without its first item yet: start from a study item led by the leader, to be filled in.
  const fresh = !f && d.item.status === 'planned'
  return {
    kind: d.item.kind,
    day: d.item.day,
    time: d.item.time,
    place: d.item.place ?? '',
    // Opening a planned meeting after its start is how it gets recorded: offer “held”.
    status: d.item.awaitingRecord ? 'completed' : d.item.status,
    attendeeIds: d.attendees.filter((a) => a.expected).map((a) => a.personId),
    guests: d.guests.join('、'),
    contentType: f ? f.contentType : fresh ? 'latestSpeech' : 'none',
    sourceMode: f?.speechId || fresh ? 'catalogue' : 'manual',
    speech: f?.speechId
      ? { id: f.speechId, title: f.title, date: '', source: f.source ?? '', link: null, archived: false }
      : null,
    title: f?.title ?? '',
    source: f?.source ?? '',
    leadId: f?.leadId ?? (fresh ? leaderId : ''),
    leadMode: f?.leadMode ?? 'lead',
    discussion: f?.discussion ?? fresh,
    speakers: (f?.speakers ?? []).map((s) => ({ personId: s.personId, points: s.points })),
    tiedToWork: f?.tiedToWork ?? '',
    followUp: f?.followUp ?? '',
    classics: (f?.classics ?? []).map((c) => ({ classicId: c.classicId, chapter: c.chapter ?? '', pages: c.pages ?? '' })),
    otherItems: d.otherItems.join('\n'),
    reason: ''
  }
}

/** What `meeting.save` receives. */
export function toInput(f: MeetingForm, id: string | undefined): InputOf<'meeting.save'> {
  const catalogue = f.sourceMode === 'catalogue' && f.contentType !== 'other'
  return {
    id,
    kind: f.kind,
    day: f.day,
    time: f.time,
    place: f.place,
    status: f.status,
    attendeeIds: f.attendeeIds,
    guests: lines(f.guests, /[\n、，,]/),
    otherItems: lines(f.otherItems, /\n/),
    contentType: f.contentType,
    speechId: catalogue ? (f.speech?.id ?? null) : null,
    title: catalogue ? (f.speech?.title ?? '') : f.title,
    source: catalogue ? null : f.source,
    leadId: f.leadId || null,
    leadMode: f.leadMode,
    discussion: f.discussion,
    speakers: f.speakers.filter((s) => s.personId || s.points.trim()),
    tiedToWork: f.tiedToWork,
    followUp: f.followUp,
    classics: f.classics
      .filter((c) => c.classicId)
      .map((c) => ({ classicId: c.classicId, chapter: c.chapter || null, pages: c.pages || null })),
    reason: f.reason || null
  }
}
