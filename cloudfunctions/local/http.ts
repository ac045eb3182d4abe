import type { IncomingMessage, RequestListener, ServerResponse } from 'http'
import type { Failure, PersonView } from '../../src/core/contract'
import { AppError } from '../../src/core/contract'
import type { Logger } from '../lib/ports/logger.port'
import type { FunctionMain } from '../lib/router/main'
import { localContext } from './identity'
import { bearerToken, jsonHead, sendJson } from './respond'
import { appCspSource, isJsonRequest, setBaseHeaders } from './security'
import { serveStatic } from './static'
import type { TokenService } from './tokens'

// The local host's HTTP surface: the same JSON the mini-program sends through callFunction,
// with a session token in place of WeChat's OPENID.

/** Bodies above this are refused; roster files go up as base64 and stay well under it. */
const MAX_BODY = 10 * 1024 * 1024
/** Past the cap, this much more is read and dropped so the 413 reaches the client; beyond it the socket is cut. */
const MAX_DRAIN = 64 * 1024 * 1024

const TOO_LARGE: Failure = { ok: false, code: 'VALIDATION', message: '提交的内容太大（上限 10 MB）' }

export interface LoginResult {
  person: PersonView
  personId: string
}

export interface HttpDeps {
  /** Function name → its `main` (only `api` for now). */
  functions: Record<string, FunctionMain>
  /** Checks a phone + code; throws AppError on a bad pair. */
  login(body: unknown): Promise<LoginResult>
  tokens: TokenService
  now(): Date
  /** Absolute folder of the H5 build. */
  staticRoot: string
  log: Logger
  /** Routes tried before the API and the H5 app (e.g. file upload/download); true = handled. */
  extraRoutes?: Array<(req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly failure: Failure
  ) {
    super(failure.message)
  }
}

/**
 * Answers at once and closes the connection only once the client has finished sending. Closing
 * a socket with unread data makes the kernel answer with a reset, and a client still writing its
 * body then loses the answer, so the rest of the body is read and dropped (up to MAX_DRAIN).
 */
function sendAndClose(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { ...jsonHead(text), Connection: 'close' })
  // The whole answer goes out now (its length is declared); end() waits for the request's end.
  res.write(text)
  const finish = () => {
    if (!res.writableEnded) res.end()
  }
  if (req.readableEnded) return finish()
  let dropped = 0
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > MAX_DRAIN) req.destroy()
  })
  req.once('end', finish)
  req.once('close', finish)
  req.resume()
}

/** The request body, refused with 413 from its declared length or as soon as it passes the cap. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (declared > MAX_BODY) return Promise.reject(new HttpError(413, TOO_LARGE))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) return void chunks.push(chunk)
      // Stop collecting but keep the stream flowing: sendAndClose drains the rest.
      req.off('data', onData)
      req.off('end', onEnd)
      reject(new HttpError(413, TOO_LARGE))
    }
    const onEnd = () => resolve(Buffer.concat(chunks))
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', reject)
  })
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  // Only a declared JSON body: a form post or text/plain from another site's page cannot reach an action.
  if (!isJsonRequest(req)) {
    throw new HttpError(415, { ok: false, code: 'VALIDATION', message: '请求内容须为 JSON（Content-Type: application/json）' })
  }
  const text = (await readBody(req)).toString('utf8')
  if (!text.trim()) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, { ok: false, code: 'VALIDATION', message: '请求内容不是有效的 JSON' })
  }
}

/** The person id of a valid `Authorization: Bearer` token, or null. */
function bearerPerson(req: IncomingMessage, deps: HttpDeps): string | null {
  const token = bearerToken(req)
  return token ? deps.tokens.verify(token, deps.now()) : null
}

async function handleLogin(req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  try {
    const { person, personId } = await deps.login(await readJson(req))
    const { token, expiresAt } = deps.tokens.issue(personId, deps.now())
    sendJson(res, 200, { ok: true, token, expiresAt, person })
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    // A locked-out phone is told to wait: 429 Too Many Requests, with the time in the message.
    const status = error.code === 'VALIDATION' ? 400 : error.code === 'FORBIDDEN' ? 403 : error.code === 'AUTH.LOCKED' ? 429 : 401
    sendJson(res, status, error.toFailure())
  }
}

async function handleFunction(name: string, req: IncomingMessage, res: ServerResponse, deps: HttpDeps): Promise<void> {
  const main = Object.prototype.hasOwnProperty.call(deps.functions, name) ? deps.functions[name] : undefined
  if (!main) throw new HttpError(404, { ok: false, code: 'NOT_FOUND', message: `没有名为 ${name} 的云函数` })
  const body = await readJson(req)
  const event = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}
  // Exactly what callFunction would give the client: app errors are 200 with ok:false.
  sendJson(res, 200, await main(event, localContext(bearerPerson(req, deps))))
}

/** A function name from the path, decoded; a malformed escape (`%E0%A4%A`) is the client's error. */
function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    throw new HttpError(400, { ok: false, code: 'VALIDATION', message: '接口路径无效' })
  }
}

/** The Node request listener of the local host. */
export function createRequestListener(deps: HttpDeps): RequestListener {
  const appCsp = appCspSource(deps.staticRoot)
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setBaseHeaders(res)
    const { pathname } = new URL(req.url ?? '/', 'http://local')
    const method = req.method ?? 'GET'
    if (pathname === '/healthz') return sendJson(res, 200, { ok: true })
    for (const extra of deps.extraRoutes ?? []) if (await extra(req, res, new URL(req.url ?? '/', 'http://local'))) return
    const api = /^\/api\/([^/]+)\/?$/.exec(pathname)
    if (pathname === '/auth/login' || api || pathname.startsWith('/api/') || pathname.startsWith('/auth/')) {
      if (method !== 'POST') throw new HttpError(405, { ok: false, code: 'NOT_FOUND', message: '请使用 POST 方法' })
      if (pathname === '/auth/login') return handleLogin(req, res, deps)
      if (api) return handleFunction(decodedName(api[1]), req, res, deps)
      throw new HttpError(404, { ok: false, code: 'NOT_FOUND', message: '接口不存在' })
    }
    if (method !== 'GET' && method !== 'HEAD')
      throw new HttpError(405, { ok: false, code: 'NOT_FOUND', message: '不支持的请求方法' })
    res.setHeader('Content-Security-Policy', appCsp())
    serveStatic(deps.staticRoot, req, res)
  }

  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (res.headersSent) return void res.destroy()
        // An error answered before the body was read (413, 415, 405, 404) must not lose its answer to a reset.
        return req.complete ? sendJson(res, error.status, error.failure) : sendAndClose(req, res, error.status, error.failure)
      }
      deps.log.error('local host request failed', { url: req.url, error: error instanceof Error ? error.stack : String(error) })
      if (!res.headersSent) sendJson(res, 500, { ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' })
      else res.destroy()
    })
  }
}
