import { z } from 'zod'
import { PUBLICITY_KINDS, PUBLICITY_OWNER_TYPES, PUBLICITY_STATUSES, PUBLICITY_SUBJECT_KINDS } from '../model/publicity'

// What the publicity actions return (issue 11).

/** One publicity item as a list line or a detail. */
export const publicityItemView = z.object({
  id: z.string(),
  kind: z.enum(PUBLICITY_KINDS),
  kindLabel: z.string(),
  ownerType: z.enum(PUBLICITY_OWNER_TYPES),
  /** The person's name for a person's item, the unit's name for a unit's. */
  ownerName: z.string(),
  personId: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  subject: z.object({ kind: z.enum(PUBLICITY_SUBJECT_KINDS), id: z.string(), title: z.string() }).nullable(),
  outletId: z.string(),
  outletName: z.string(),
  submittedOn: z.string(),
  status: z.enum(PUBLICITY_STATUSES),
  statusLabel: z.string(),
  publishedOn: z.string().nullable(),
  link: z.string().nullable(),
  pageIssue: z.string().nullable(),
  decidedOn: z.string().nullable(),
  /** The caller may record its answer or withdraw it. */
  canChange: z.boolean()
})
export type PublicityItemView = z.infer<typeof publicityItemView>

/** Counts of live items by status. */
export const publicityTallyView = z.object({ submitted: z.number(), published: z.number(), notUsed: z.number() })
export type PublicityTallyView = z.infer<typeof publicityTallyView>

export const publicityCountsView = z.object({
  period: z.enum(['month', 'year']),
  month: z.string(),
  year: z.number(),
  /** The units the caller may see, in the area/unit order (zeros included). */
  units: z.array(publicityTallyView.extend({ unitId: z.string(), unitName: z.string(), areaName: z.string() })),
  /** Per outlet (the admin's list, then outlets no longer listed that still hold items). */
  outlets: z.array(publicityTallyView.extend({ outletId: z.string(), outletName: z.string() })),
  total: publicityTallyView
})
export type PublicityCountsView = z.infer<typeof publicityCountsView>

/** What the record form offers: whose item it may be, and the records it may be about. */
export const publicityOptionsView = z.object({
  /** Units the caller may record for: the secretary's own, every active one for the admin. */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  /** People the caller may record for (the caller first; a secretary's unit, or the admin's chosen unit). */
  people: z.array(z.object({ id: z.string(), name: z.string(), position: z.string() })),
  outlets: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The chosen owner's notes and the unit's held sessions, newest first. */
  subjects: z.array(z.object({ kind: z.enum(PUBLICITY_SUBJECT_KINDS), id: z.string(), title: z.string(), date: z.string() }))
})
export type PublicityOptionsView = z.infer<typeof publicityOptionsView>
