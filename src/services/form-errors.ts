import { actions, type ActionName, type InputOf } from '@/core/contract'

// What a refused form shows by its submit button, and where it scrolls: pure, so it is tested in jest.

/** The message key that names no field (see useFieldErrors). */
export const NO_FIELD = '_'

/**
 * How a form lays out its fields: their names from top to bottom, and the error keys shown on
 * another field (`absentIds` is ticked in the `memberIds` list; `leadMode` sits under `leadId`).
 */
export interface FormLayout {
  order: readonly string[]
  shownOn?: Readonly<Record<string, string>>
}

/** The field an error key is shown on: its alias, or the key itself. */
const anchorOf = (key: string, layout: FormLayout): string => layout.shownOn?.[key] ?? key

/** Where a field sits in the layout, or -1. */
const positionOf = (field: string, layout: FormLayout): number => layout.order.indexOf(field)

/** A refused form as its user reads it. */
export interface ErrorReading {
  /** The fields marked in error, once each, top to bottom. */
  fields: string[]
  /** The message shown by the button: the one naming no field, else one naming a field the form does not show. */
  message: string | null
}

/**
 * Reads a form's errors against its layout: the fields marked red, once each, in the order the form
 * shows them, and the message left for the button (no field, or a field the layout does not know,
 * such as `id`: nothing on the page would be marked for it).
 */
export function readErrors(errors: Readonly<Record<string, string | null | undefined>>, layout: FormLayout): ErrorReading {
  const fields: string[] = []
  let message: string | null = null
  for (const [key, text] of Object.entries(errors)) {
    if (!text) continue
    const anchor = key === NO_FIELD ? null : anchorOf(key, layout)
    if (anchor === null || positionOf(anchor, layout) < 0) {
      // The message naming no field wins over one naming an unknown field.
      if (key === NO_FIELD || message === null) message = text
      continue
    }
    if (!fields.includes(anchor)) fields.push(anchor)
  }
  fields.sort((a, b) => positionOf(a, layout) - positionOf(b, layout))
  return { fields, message }
}

/** The summary by the submit button: "请检查标红的 2 项", or null when no field is marked. */
export function summaryText(count: number): string | null {
  return count > 0 ? `请检查标红的 ${count} 项` : null
}

/**
 * The element id of a field's block (Field sets it): `field-<name>` with every character a CSS id
 * selector would need escaped (`scores.item1`) turned into `-`, so `#field-scores-item1` selects it.
 */
export function fieldAnchorId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

/**
 * Every problem the action's contract finds in a form's input, one message per top-level field
 * (the first for that field), so the user sees all of them at once, not one per submit. The server
 * still checks everything (eligibility, membership) and its refusal shows on its field.
 */
export function inputErrors<N extends ActionName>(name: N, input: InputOf<N>): Record<string, string> {
  const parsed = actions[name].input.safeParse(input)
  if (parsed.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? NO_FIELD)
    errors[field] ??= issue.message
  }
  return errors
}
