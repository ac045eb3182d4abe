import type { IncomingMessage, ServerResponse } from 'http'
import { DATA_CSP } from './security'

// What every JSON route of the local host shares: how it reads the session token and how it answers.

/** The token a request carries in its Bearer header (never in the URL: links get logged). */
export function bearerToken(req: IncomingMessage): string | null {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null
}

/** The headers of a JSON answer: never cached, and a CSP that lets it run nothing. */
export function jsonHead(text: string): Record<string, string | number> {
  return {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': DATA_CSP
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, jsonHead(text))
  res.end(text)
}

/**
 * Refuses an upload before reading its body: the connection closes after the answer, so the client
 * stops sending, and what already arrived is read and dropped.
 */
export function refuseUpload(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  res.setHeader('Connection', 'close')
  sendJson(res, status, body)
  req.resume()
}
