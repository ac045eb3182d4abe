import { createContext, useContext } from 'react'

/**
 * The label of the Field a control sits in, so a control drawn without its own <label> (the H5
 * date and time inputs, Taro's Input and Textarea) can still carry an accessible name: screen
 * readers and the axe scan of test/e2e/a11y.scenario.js read it as the input's aria-label.
 */
export const FieldLabelContext = createContext<string | null>(null)

/** The label of the enclosing Field, or null outside one. */
export function useFieldLabel(): string | null {
  return useContext(FieldLabelContext)
}

/**
 * Taro's H5 Input and Textarea draw the real <input>/<textarea> inside their own element and pass
 * `nativeProps` on to it (@tarojs/components taro-input-core); weapp has no such element.
 */
export function ariaNativeProps(label: string | null): Record<string, string> | undefined {
  return process.env.TARO_ENV === 'h5' && label ? { 'aria-label': label } : undefined
}
