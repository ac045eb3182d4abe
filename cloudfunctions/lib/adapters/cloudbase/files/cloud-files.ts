import type { FilesPort } from '../../../ports/files.port'

// Files in CloudBase cloud storage. The mini-program uploads with Taro.cloud.uploadFile into
// `uploads/<personId>/…`; the function checks the object's size from its metadata and its real
// type from its first and last bytes (never the whole object), and hands short-lived links
// (getTempFileURL) only to people the service allowed.
//
// The bucket's security rule makes objects private to the functions ({"read": false, …}, set per
// the README; the deploy prints it): the function's admin SDK still signs temporary URLs for them,
// and a private object's URL expires (a public-read one never does).
// https://docs.cloudbase.net/storage/get-temp-url
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/storage/security-rules/index.html

/** The slice of the node-sdk app this adapter uses (a fake in tests). */
export interface CloudStorage {
  getTempFileURL(options: {
    fileList: Array<{ fileID: string; maxAge?: number }>
  }): Promise<{ fileList: Array<{ code: string; fileID: string; tempFileURL: string }> }>
  deleteFile(options: { fileList: string[] }): Promise<unknown>
}

/** The HTTP client for temporary URLs (global fetch; a fake in tests). */
export type Fetch = (url: string, init: { method: 'GET' | 'HEAD'; headers?: Record<string, string> }) => Promise<Response>

/** Links live ten minutes: long enough to look at a note, too short to pass around. */
const LINK_SECONDS = 600
/** The function's own reads use a link it throws away at once. */
const READ_LINK_SECONDS = 60

/** Reads at most `length` bytes of a body, after skipping `skip`, then stops the transfer. */
async function readLimited(res: Response, skip: number, length: number): Promise<Uint8Array> {
  const out = new Uint8Array(length)
  let filled = 0
  let toSkip = skip
  const reader = res.body?.getReader()
  if (!reader) return out.subarray(0, 0)
  while (filled < length) {
    const { done, value } = await reader.read()
    if (done) break
    let chunk = value
    if (toSkip > 0) {
      const dropped = Math.min(toSkip, chunk.length)
      chunk = chunk.subarray(dropped)
      toSkip -= dropped
    }
    const taken = Math.min(chunk.length, length - filled)
    out.set(chunk.subarray(0, taken), filled)
    filled += taken
  }
  await reader.cancel().catch(() => undefined)
  return out.subarray(0, filled)
}

/** The files port on CloudBase storage. */
export function cloudFiles(storage: CloudStorage, fetchUrl: Fetch = (url, init) => fetch(url, init)): FilesPort {
  /** A temporary URL of an existing object, or null when it is missing. */
  async function linkOf(fileID: string, maxAge: number): Promise<string | null> {
    const { fileList } = await storage.getTempFileURL({ fileList: [{ fileID, maxAge }] })
    const entry = fileList[0]
    return entry && entry.code === 'SUCCESS' && entry.tempFileURL ? entry.tempFileURL : null
  }

  const port: FilesPort = {
    // node-sdk's own getFileInfo does the same: a temporary URL, then HEAD for Content-Length.
    async stat(fileID) {
      const url = await linkOf(fileID, READ_LINK_SECONDS)
      if (!url) return null
      const res = await fetchUrl(url, { method: 'HEAD' })
      if (res.status === 404) return null
      const size = Number(res.headers.get('content-length'))
      if (!res.ok || !Number.isFinite(size)) throw new Error(`storage HEAD ${res.status} for ${fileID}`)
      return { size }
    },
    // A ranged GET; a server that ignores Range answers 200 and is cut off after what we need.
    async slice(fileID, offset, length) {
      if (length <= 0) return new Uint8Array(0)
      const url = await linkOf(fileID, READ_LINK_SECONDS)
      if (!url) return null
      const res = await fetchUrl(url, { method: 'GET', headers: { Range: `bytes=${offset}-${offset + length - 1}` } })
      if (res.status === 404) return null
      if (res.status === 416) return new Uint8Array(0)
      if (res.status === 206) return readLimited(res, 0, length)
      if (res.status === 200) return readLimited(res, offset, length)
      throw new Error(`storage GET ${res.status} for ${fileID}`)
    },
    async read(fileID, maxBytes) {
      const stat = await port.stat(fileID)
      if (!stat) return null
      const bytes = await port.slice(fileID, 0, Math.min(stat.size, maxBytes + 1))
      return bytes ? { size: stat.size, bytes } : null
    },
    async url(file) {
      return (await linkOf(file.storageKey, LINK_SECONDS)) ?? ''
    },
    async remove(fileID) {
      await storage.deleteFile({ fileList: [fileID] }).catch(() => undefined)
    }
  }
  return port
}
