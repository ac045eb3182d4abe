import { promises as fsp } from 'fs'
import path from 'path'
import type { ReportFilesPort } from '../../../ports/reports.port'
import type { LinkSigner } from './disk-files'
import { LINK_SECONDS } from './disk-files'
import { newId } from '../../../util/ids'

// Generated reports on the local host: `<files root>/exports/<personId>/<year>-<scope>.xlsx`,
// downloaded through a signed, short-lived link (`/exports/…xlsx?name=…&exp=…&sig=…`, served by
// local/reports-http.ts), like CloudBase's temporary URLs. A new export replaces the person's last
// one of the same year and scope, so the folder never grows past one file per person, year and scope.

/** The only keys a report may have: no key can point outside the folder. */
export const REPORT_KEY_RE = /^exports\/[A-Za-z0-9_-]{1,64}\/\d{4}-[A-Za-z0-9_-]{1,64}\.xlsx$/

/** The file of a report key under the files root, or null for a key of another shape. */
export const reportFileOf = (root: string, key: string): string | null =>
  REPORT_KEY_RE.test(key) ? path.join(root, ...key.split('/')) : null

/** The reports port on a local folder; links are signed by `links` (the file links' signer). */
export function diskReports(root: string, links: LinkSigner, now: () => Date = () => new Date()): ReportFilesPort {
  return {
    async publish(key, bytes, fileName) {
      const file = reportFileOf(root, key)
      if (!file) throw new Error(`bad report key ${key}`)
      await fsp.mkdir(path.dirname(file), { recursive: true })
      // Written beside it, then renamed over it: a download under way keeps reading the old file.
      const partial = `${file}.${newId()}.part`
      await fsp.writeFile(partial, bytes, { flag: 'wx' })
      await fsp.rename(partial, file)
      const at = now()
      // The signature covers the key only; the name is just what the browser saves it as.
      return {
        url: `/${key}?name=${encodeURIComponent(fileName)}&${links.sign(key, at)}`,
        expiresAt: new Date(at.getTime() + LINK_SECONDS * 1000).toISOString()
      }
    }
  }
}
