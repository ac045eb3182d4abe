import { type GroupPersonView, type InputOf, type SessionDetailView, type SpeechView } from '@/core/contract'
import type { ContentType, LeadMode } from '@/core/model/meeting'
import type { SessionStatus } from '@/core/model/central-group'
import type { ClassicRow } from '@/components/ClassicsField'
import type { SpeakerRow } from '@/components/SpeakerPointsField'
import type { FormLayout } from '@/services/form-errors'

// The session form's values, and their way to and from `centralGroup.session.save`.

/** One study material: a catalogue speech, or a title (and source) typed. */
export interface MaterialRow {
  contentType: ContentType
  mode: 'catalogue' | 'manual'
  speech: SpeechView | null
  title: string
  source: string
}

export interface SessionForm {
  day: string
  time: string
  place: string
  topic: string
  status: SessionStatus
  materials: MaterialRow[]
  classics: ClassicRow[]
  leadId: string
  leadMode: LeadMode
  /** Who is listed for the session: the central group's members when it was opened. */
  memberIds: string[]
  /** The listed members ticked present (everyone, until the secretary unticks the absent). */
  presentIds: string[]
  speakers: SpeakerRow[]
  tiedToWork: string
  followUp: string
}

/**
 * The form's fields from top to bottom (a refused submit scrolls to the first one in error);
 * absences are ticked in the members' list, the lead's mode under the lead.
 */
export const FORM_LAYOUT: FormLayout = {
  order: [
    'status',
    'day',
    'time',
    'place',
    'topic',
    'materials',
    'classics',
    'memberIds',
    'leadId',
    'speakers',
    'tiedToWork',
    'followUp'
  ],
  shownOn: { absentIds: 'memberIds', leadMode: 'leadId' }
}

/** A blank material: a catalogue speech, the most common case. */
export const newMaterial = (): MaterialRow => ({
  contentType: 'latestSpeech',
  mode: 'catalogue',
  speech: null,
  title: '',
  source: ''
})

/**
 * A new session: today at 15:00, held, with one material to fill, every member ticked present
 * and the unit's leader (the first eligible member) leading.
 */
export function newForm(today: string, people: readonly GroupPersonView[]): SessionForm {
  const members = people.filter((p) => p.member).map((p) => p.id)
  const lead = people.find((p) => p.member && p.leadEligible)
  return {
    day: today,
    time: '15:00',
    place: '',
    topic: '',
    status: 'completed',
    materials: [newMaterial()],
    classics: [],
    leadId: lead?.id ?? '',
    leadMode: 'lead',
    memberIds: members,
    presentIds: members,
    speakers: [],
    tiedToWork: '',
    followUp: ''
  }
}

/** The form of a stored session; a planned one opened to be recorded is offered as held. */
export function formOf(d: SessionDetailView, recording: boolean): SessionForm {
  return {
    day: d.item.day,
    time: d.item.time,
    place: d.item.place ?? '',
    topic: d.item.topic,
    status: recording ? 'completed' : d.item.status,
    materials: d.materials.map((m) => ({
      contentType: m.contentType,
      mode: m.speechId ? 'catalogue' : 'manual',
      speech: m.speechId
        ? { id: m.speechId, title: m.title, date: '', source: m.source ?? '', link: null, archived: false }
        : null,
      title: m.speechId ? '' : m.title,
      source: m.speechId ? '' : (m.source ?? '')
    })),
    classics: d.classics.map((c) => ({ classicId: c.classicId, chapter: c.chapter ?? '', pages: c.pages ?? '' })),
    leadId: d.leadId ?? '',
    leadMode: d.leadMode ?? 'lead',
    memberIds: d.members.map((m) => m.personId),
    presentIds: d.members.filter((m) => m.present).map((m) => m.personId),
    speakers: d.speakers.map((s) => ({ personId: s.personId, points: s.points })),
    tiedToWork: d.tiedToWork ?? '',
    followUp: d.followUp ?? ''
  }
}

/**
 * The people a session lists: its own listed members (when editing) and the group's current
 * members, in that order, without repeats.
 */
export function listedPeople(form: SessionForm, people: readonly GroupPersonView[]): GroupPersonView[] {
  const byId = new Map(people.map((p) => [p.id, p]))
  const ids = [...new Set([...form.memberIds, ...people.filter((p) => p.member).map((p) => p.id)])]
  return ids.map((id) => byId.get(id)).filter((p): p is GroupPersonView => !!p)
}

/** What `centralGroup.session.save` receives: the absent are the listed members not ticked. */
export function toInput(f: SessionForm, id: string | undefined): InputOf<'centralGroup.session.save'> {
  const present = new Set(f.presentIds)
  const held = f.status === 'completed'
  return {
    id,
    day: f.day,
    time: f.time,
    place: f.place,
    topic: f.topic,
    status: f.status,
    materials: f.materials.map((m) =>
      m.mode === 'catalogue'
        ? { contentType: m.contentType, title: m.speech?.title ?? '', speechId: m.speech?.id ?? null, source: null }
        : { contentType: m.contentType, title: m.title, speechId: null, source: m.source }
    ),
    classics: f.classics.map((c) => ({ classicId: c.classicId, chapter: c.chapter, pages: c.pages })),
    leadId: f.leadId || null,
    leadMode: f.leadMode,
    memberIds: f.memberIds,
    // A planned session has no absentees yet: ticks only mean something once it is held.
    absentIds: held ? f.memberIds.filter((m) => !present.has(m)) : [],
    speakers: held ? f.speakers.filter((s) => present.has(s.personId)) : [],
    tiedToWork: f.tiedToWork,
    followUp: f.followUp
  }
}
