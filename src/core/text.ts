// Characters no one types on purpose into a form, stripped from every free-text field.

/**
 * C0 controls except tab (U+0009) and newline (U+000A), DEL (U+007F), the bidi embeddings and
 * overrides U+202A–U+202E and the bidi isolates U+2066–U+2069. A right-to-left override turns
 * "报告‮fdp.exe" into something that reads as a PDF; controls corrupt exports and terminals.
 * Unicode bidi controls: https://www.unicode.org/reports/tr9/#Directional_Formatting_Characters
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

/** The text without control and bidi-override characters (newlines and tabs stay). */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, '')
}
