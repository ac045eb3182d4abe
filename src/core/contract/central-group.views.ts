import { z } from 'zod'
import { CONTENT_TYPES, LEAD_MODES } from '../model/meeting'
import { SESSION_STATUSES } from '../model/central-group'

// What the central-group pages show (issue 10): membership, the year plan, sessions.

/** A roster person as the membership and session forms offer them. */
export const groupPersonView = z.object({
  id: z.string(),
  name: z.string(),
  position: z.string(),
  /** 主要负责同志 or 班子成员: may lead a session. */
  leadEligible: z.boolean(),
  member: z.boolean()
})
export type GroupPersonView = z.infer<typeof groupPersonView>

export const groupMembersView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** The unit's active people, members first (in the listed order). */
  people: z.array(groupPersonView),
  updatedAt: z.string().nullable(),
  canEdit: z.boolean()
})
export type GroupMembersView = z.infer<typeof groupMembersView>

export const groupPlanView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  items: z.array(z.object({ period: z.string(), periodLabel: z.string(), topic: z.string() })),
  updatedAt: z.string().nullable(),
  canEdit: z.boolean()
})
export type GroupPlanView = z.infer<typeof groupPlanView>

/** A session as a line of a list or a calendar. */
export const sessionItemView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** `中心组学习 12月4日`. */
  name: z.string(),
  day: z.string(),
  month: z.string(),
  time: z.string(),
  place: z.string().nullable(),
  topic: z.string(),
  status: z.enum(SESSION_STATUSES),
  statusLabel: z.string(),
  leadName: z.string().nullable(),
  memberCount: z.number(),
  presentCount: z.number(),
  withdrawn: z.boolean()
})
export type SessionItemView = z.infer<typeof sessionItemView>

export const sessionDetailView = z.object({
  item: sessionItemView,
  materials: z.array(
    z.object({
      contentType: z.enum(CONTENT_TYPES),
      typeLabel: z.string(),
      title: z.string(),
      speechId: z.string().nullable(),
      source: z.string().nullable()
    })
  ),
  classics: z.array(
    z.object({ classicId: z.string(), title: z.string(), chapter: z.string().nullable(), pages: z.string().nullable() })
  ),
  leadId: z.string().nullable(),
  leadMode: z.enum(LEAD_MODES).nullable(),
  members: z.array(z.object({ personId: z.string(), name: z.string(), position: z.string(), present: z.boolean() })),
  speakers: z.array(z.object({ personId: z.string(), name: z.string(), points: z.string() })),
  tiedToWork: z.string().nullable(),
  followUp: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  /** The records the session produced (lead study, exchange), live ones. */
  records: z.array(z.object({ id: z.string(), personName: z.string(), kindLabel: z.string() })),
  canEdit: z.boolean()
})
export type SessionDetailView = z.infer<typeof sessionDetailView>

export const sessionListView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  items: z.array(sessionItemView),
  canEdit: z.boolean()
})
export type SessionListView = z.infer<typeof sessionListView>
