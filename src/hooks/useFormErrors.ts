import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { fieldAnchorId, readErrors, summaryText, type FormLayout } from '@/services/form-errors'

/** The id of the summary by the submit button (FormErrorSummary): the target when no field is marked. */
export const SUMMARY_ID = 'form-error-summary'

export interface FormErrorsState {
  /** "请检查标红的 2 项", or null. */
  summary: string | null
  /** The message by the button: naming no field, or a field the form does not show. */
  message: string | null
  /** Call after a refused submit, once its errors are set: scrolls to the first field in error. */
  refused: () => void
}

/**
 * Brings an element into view (a refused field, an import's result). H5 keeps the pages below the current one in the DOM (hidden), so
 * the visible element with the id is the one on screen; `scrollIntoView` scrolls whichever element
 * scrolls (Taro's page or the window), centred so the sticky top bar does not cover it. On the
 * phone, pageScrollTo with a selector does the same for the page
 * (https://developers.weixin.qq.com/miniprogram/dev/api/ui/scroll/wx.pageScrollTo.html).
 */
export function bringIntoView(id: string): void {
  if (process.env.TARO_ENV === 'h5') {
    const shown = Array.from(document.querySelectorAll(`#${id}`)).find((el) => el.getClientRects().length > 0)
    // A block taller than half the screen (a long list) shows from its label down.
    const tall = !!shown && shown.getBoundingClientRect().height > window.innerHeight / 2
    shown?.scrollIntoView({ behavior: 'smooth', block: tall ? 'start' : 'center' })
    return
  }
  void Taro.pageScrollTo({ selector: `#${id}`, offsetTop: -60, duration: 200 }).catch(() => undefined)
}

/**
 * What a long form shows when a submit is refused: a summary by the button and a scroll to the
 * first field in error (in the order the layout gives), so a user at the bottom of the page sees
 * why nothing happened. Pass every message the form shows (its own checks and the server's).
 */
export function useFormErrors(errors: Readonly<Record<string, string | null | undefined>>, layout: FormLayout): FormErrorsState {
  const reading = readErrors(errors, layout)
  const [attempt, setAttempt] = useState(0)
  // The first field in error, else the summary when only a message by the button is left.
  const target = useRef<string | null>(null)
  target.current = reading.fields[0] ? fieldAnchorId(reading.fields[0]) : reading.message ? SUMMARY_ID : null

  // After the render that shows the refusal: the field is marked and its block laid out.
  useEffect(() => {
    if (attempt > 0 && target.current) bringIntoView(target.current)
  }, [attempt])

  const refused = useCallback(() => setAttempt((a) => a + 1), [])
  return { summary: summaryText(reading.fields.length), message: reading.message, refused }
}
