import Taro from '@tarojs/taro'
import type { ApiRequest } from '@/core/contract'
import type { Transport } from './api-core'
import { takeEarlyAnswer } from './early-home'
import { getToken } from './token'

// One transport per platform. Both resolve with the function's own `{ ok, ... }` body and reject
// only when the request never got an answer.

const API_BASE = process.env.TARO_APP_API_BASE || ''
const TIMEOUT_MS = 20000

/** Fills in a body the host did not give (a proxy error page, an empty 401). */
function bodyFor(statusCode: number, data: unknown): unknown {
  if (typeof data === 'object' && data !== null && 'ok' in data) return data
  if (statusCode === 401) return { ok: false, code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' }
  if (statusCode === 403) return { ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' }
  return { ok: false, code: 'INTERNAL', message: '服务器开小差了，请稍后再试' }
}

/** H5: `POST /api/api` on the local host with the bearer token. */
export const h5Transport: Transport = async (request: ApiRequest) => {
  const token = getToken()
  const early = await takeEarlyAnswer(request, token, API_BASE)
  if (early) return bodyFor(early.statusCode, early.data)
  const header: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  const res = await Taro.request({
    url: `${API_BASE}/api/api`,
    method: 'POST',
    data: request,
    header,
    timeout: TIMEOUT_MS,
    dataType: 'json'
  })
  return bodyFor(res.statusCode, res.data)
}

/** Weapp: the `api` cloud function; CloudBase tells it who the caller is. */
export const weappTransport: Transport = async (request: ApiRequest) => {
  const res = await Taro.cloud.callFunction({ name: 'api', data: request as unknown as TaroGeneral.IAnyObject })
  return res.result
}

/** POST a JSON body to the local host outside the `api` function (login, logout with its token). */
export async function postJson(path: string, data: unknown, token?: string): Promise<{ statusCode: number; data: unknown }> {
  const header: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  const res = await Taro.request({
    url: `${API_BASE}${path}`,
    method: 'POST',
    data: data as TaroGeneral.IAnyObject,
    header,
    timeout: TIMEOUT_MS,
    dataType: 'json'
  })
  return { statusCode: res.statusCode, data: res.data }
}
