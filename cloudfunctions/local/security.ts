import { createHash } from 'crypto'
import fs from 'fs'
import type { IncomingMessage, ServerResponse } from 'http'
import path from 'path'

// Security headers of the local host. Every response gets nosniff, no referrer and a CSP that
// forbids framing; JSON answers get a CSP that allows nothing at all, the H5 app one that allows
// what its build needs and no more.
// CSP directives: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy

/** The CSP of a response that is data, not a page (API answers, errors). */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/**
 * Headers every response carries. Routes outside the API and the app (attachments) keep only
 * `frame-ancestors` in their CSP: a `default-src`/`object-src` there stops Chrome's built-in PDF
 * viewer from showing a document (https://crbug.com/271452).
 */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'"
}

/** Sets the headers every response carries; a route's own `writeHead` may tighten the CSP. */
export function setBaseHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value)
}

/** sha256 sources of the inline `<script>` elements of an HTML page, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]) || !match[2]) continue
    hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`)
  }
  return hashes
}

/**
 * The H5 build's CSP: scripts from this origin plus the inline ones of index.html by hash (Taro
 * inlines its rem-sizing script); styles may be inline (Taro's components set `style` attributes
 * and insert <style> elements at run time); images may be data: URIs (the QR codes are SVG data
 * URIs, Taro's icons too) or blob: (a photo's preview before upload); the API is same-origin.
 */
export function appCsp(indexHtml: string): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(indexHtml)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'"
  ].join('; ')
}

/** The app CSP for the build in `root`, recomputed only when its index.html changes. */
export function appCspSource(root: string): () => string {
  let seen = ''
  let policy = appCsp('')
  return () => {
    const index = path.join(root, 'index.html')
    let stamp = ''
    try {
      const stat = fs.statSync(index)
      stamp = `${stat.mtimeMs}:${stat.size}`
    } catch {
      return policy
    }
    if (stamp !== seen) {
      policy = appCsp(fs.readFileSync(index, 'utf8'))
      seen = stamp
    }
    return policy
  }
}

/** True when the request declares a JSON body (`application/json`, any parameters). */
export function isJsonRequest(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  return type === 'application/json'
}
