/**
 * Checks WX_SUBSCRIBE_TEMPLATES before a deploy with the same parser the functions use at start
 * (src/core/reminders/templates.ts, bundled on the fly), so a typo is
 * refused here, naming the field, instead of surfacing as a failing function after the upload.
 */
const { requireTs } = require('./require-ts')

/** `{ ok: true, value }` (value null when unset) or `{ ok: false, message }` naming the field in Chinese. */
function checkSubscribeTemplates(raw) {
  const { parseSubscribeTemplates } = requireTs('src/core/reminders/templates.ts')
  try {
    return { ok: true, value: parseSubscribeTemplates(raw) }
  } catch (error) {
    return { ok: false, message: error.message }
  }
}

module.exports = { checkSubscribeTemplates }
