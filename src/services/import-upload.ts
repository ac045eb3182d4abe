import Taro from '@tarojs/taro'
import { ApiError } from './errors'
import { newIdempotencyKey } from './idempotency'
import { cancelledOrThrow } from './picker-errors'
import { getToken } from './token'

// A roster file goes to storage first and the function gets only its key: a synchronous call is
// capped at 6 MB, and WeChat advises against call data over 100 KB
// (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html).
// Phone: CloudBase storage, `imports/<personId>/…`; H5: the local host's /import-upload.

const API_BASE = process.env.TARO_APP_API_BASE || ''

/** A roster file picked from a WeChat chat, not uploaded yet. */
export interface PickedRoster {
  name: string
  path: string
}

/** Weapp: picks one .xlsx/.csv from a chat; null when the user cancels. */
export async function pickRosterFile(): Promise<PickedRoster | null> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] })
  } catch (error) {
    // A cancel says nothing; a privacy-guide refusal or another failure says why.
    return cancelledOrThrow(error, '从聊天中选择文件')
  }
  const file = picked.tempFiles[0]
  return file ? { name: file.name, path: file.path } : null
}

/** Weapp: uploads the picked file into the admin's import folder; its fileID. */
export async function uploadRosterTempFile(personId: string, file: PickedRoster): Promise<string> {
  const ext = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv'
  try {
    const { fileID } = await Taro.cloud.uploadFile({
      cloudPath: `imports/${personId}/${newIdempotencyKey()}.${ext}`,
      filePath: file.path
    })
    return fileID
  } catch {
    throw new ApiError('NETWORK', '上传失败，请检查网络后重试')
  }
}

/** H5: uploads the file's bytes to the local host; its storage key. */
export async function uploadRosterBytes(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const token = getToken()
  let res: Response
  try {
    res = await fetch(`${API_BASE}/import-upload?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      body: new Blob([bytes])
    })
  } catch {
    throw new ApiError('NETWORK', '上传失败，请检查网络后重试')
  }
  const body = (await res.json().catch(() => null)) as { ok: boolean; data?: { storageKey: string }; message?: string } | null
  if (body?.ok && body.data) return body.data.storageKey
  throw new ApiError('VALIDATION', body?.message ?? '上传失败，请稍后再试', { field: 'file' })
}

/** The bytes of a base64 text (what the H5 file picker gives). */
export function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64)
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}
