import Taro from '@tarojs/taro'
import type { FileView } from '@/core/contract'
import { call, ApiError } from './api'
import { newIdempotencyKey } from './idempotency'
import { cancelledOrThrow } from './picker-errors'
import { getToken } from './token'

// Attachments: on the phone they go to CloudBase storage and the function checks and records
// them; on H5 they go to the local host's upload endpoint. Either way the server reads the real
// type from the content and answers with the recorded file.

const API_BASE = process.env.TARO_APP_API_BASE || ''

/** H5: uploads a browser File to the local host. */
export async function uploadBrowserFile(file: File): Promise<FileView> {
  const token = getToken()
  let res: Response
  try {
    res = await fetch(`${API_BASE}/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      body: file
    })
  } catch {
    throw new ApiError('INTERNAL', '上传失败，请检查网络后重试')
  }
  const body = (await res.json().catch(() => null)) as { ok: boolean; data?: FileView; code?: string; message?: string } | null
  if (body?.ok && body.data) return body.data
  throw new ApiError('VALIDATION', body?.message ?? '上传失败，请稍后再试', { field: 'fileIds' })
}

/**
 * Weapp: the upload of one picked temp file, as a function to call and call again on failure: it
 * puts the file in cloud storage, then has the function check and record it. Once the bytes are in
 * storage a retry only registers them again, under the same fileID, so a registration whose answer
 * was lost is not uploaded, stored and counted against the upload quota a second time.
 */
export function tempFileUpload(personId: string, tempPath: string, name: string): () => Promise<FileView> {
  const ext = (/\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1] ?? 'bin').toLowerCase()
  const cloudPath = `uploads/${personId}/${newIdempotencyKey()}.${ext}`
  const idempotencyKey = newIdempotencyKey()
  let fileID: string | null = null
  return async () => {
    fileID ??= (await Taro.cloud.uploadFile({ cloudPath, filePath: tempPath })).fileID
    try {
      return await call('file.register', { fileID, name }, { idempotencyKey })
    } catch (error) {
      // The stored bytes are gone (an upload left for over a day is cleaned up): upload them again next time.
      if (error instanceof ApiError && error.code === 'NOT_FOUND') fileID = null
      throw error
    }
  }
}

/** A file picked on the phone, not uploaded yet. */
export interface PickedTempFile {
  path: string
  name: string
}

/**
 * Weapp: lets the user pick images (album/camera) or documents from a chat; [] when cancelled.
 * Throws an ApiError with a message when WeChat refuses (privacy guide, permission).
 */
export async function pickTempFiles(kind: 'image' | 'document', max: number): Promise<PickedTempFile[]> {
  if (kind === 'image') {
    try {
      const r = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'] })
      return r.tempFiles.map((f, i) => ({ path: f.tempFilePath, name: `照片${i + 1}.${f.tempFilePath.split('.').pop()}` }))
    } catch (error) {
      return cancelledOrThrow(error, '选择照片') ?? []
    }
  }
  try {
    const r = await Taro.chooseMessageFile({ count: max, type: 'file', extension: ['pdf', 'docx'] })
    return r.tempFiles.map((f) => ({ path: f.path, name: f.name }))
  } catch (error) {
    return cancelledOrThrow(error, '选择聊天文件') ?? []
  }
}

/**
 * A link the image or document can be fetched from. The server hands out short-lived links only
 * (a signed local path, or a CloudBase temporary URL); a local path only needs the host.
 */
export function fileLink(url: string): string {
  return url.startsWith('/') ? `${API_BASE}${url}` : url
}

/**
 * Opens a document: a new tab on H5; on the phone downloaded from its temporary URL and shown by
 * WeChat. Storage is private to the functions, so the phone cannot use cloud.downloadFile on the
 * fileID; wx.downloadFile needs the storage's download domain in the mini-program's
 * downloadFile legal domains (README, deploy section).
 * https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html
 */
export async function openDocument(url: string): Promise<void> {
  const link = fileLink(url)
  if (process.env.TARO_ENV === 'h5') {
    window.open(link, '_blank')
    return
  }
  let downloaded: Taro.downloadFile.FileSuccessCallbackResult
  try {
    downloaded = await Taro.downloadFile({ url: link })
  } catch (error) {
    const text = String((error as { errMsg?: unknown })?.errMsg ?? error)
    throw new ApiError(
      'INTERNAL',
      /domain list/i.test(text) ? '文件下载域名未配置，请联系管理员（见部署说明）' : '文件下载失败，请检查网络后重试'
    )
  }
  await Taro.openDocument({ filePath: downloaded.tempFilePath, showMenu: true })
}
