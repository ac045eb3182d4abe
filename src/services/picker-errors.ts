import { ApiError } from './errors'

// What a failed WeChat picker or clipboard call means for the user. Since 2023-10-17 WeChat
// disables every privacy API the mini-program's 《用户隐私保护指引》 does not declare
// (chooseMedia, chooseMessageFile, setClipboardData among them), whether or not
// `__usePrivacyCheck__` is set; a user who taps 拒绝 in the consent dialog gets another error.
// Both used to look like a cancelled picker: nothing happened and nothing was said.
// https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html

/** The shape of a WeChat API failure (errno is on newer base libraries only). */
interface WxFailure {
  errMsg?: unknown
  errno?: unknown
}

/** Cancelled (say nothing), or refused/failed with a message to show. */
export type PickerOutcome = { kind: 'cancelled' } | { kind: 'refused' | 'failed'; message: string }

/**
 * What a failed call means. `what` names the action in the messages (选择照片, 复制模板…).
 * errno 112: the API is not declared in the privacy guide; 104: the user did not agree to it.
 */
export function pickerOutcome(error: unknown, what: string): PickerOutcome {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as WxFailure
  const text = typeof failure.errMsg === 'string' ? failure.errMsg : error instanceof Error ? error.message : String(error)
  if (failure.errno === 112 || /scope is not declared|privacy agreement/i.test(text)) {
    return {
      kind: 'refused',
      message: `暂时无法${what}：小程序尚未在《用户隐私保护指引》中声明此项，请联系管理员处理`
    }
  }
  if (failure.errno === 104 || /privacy permission is not authorized/i.test(text)) {
    return { kind: 'refused', message: `需要您同意《用户隐私保护指引》后才能${what}，请再试一次并点击“同意”` }
  }
  if (/auth den(y|ied)|authorize no response/i.test(text)) {
    return { kind: 'refused', message: `没有${what}的权限，请在右上角“…”→“设置”中允许后再试` }
  }
  if (/cancel/i.test(text)) return { kind: 'cancelled' }
  return { kind: 'failed', message: `${what}失败，请稍后再试` }
}

/** Null when the user cancelled; otherwise throws an ApiError whose message says why. */
export function cancelledOrThrow(error: unknown, what: string): null {
  const outcome = pickerOutcome(error, what)
  if (outcome.kind === 'cancelled') return null
  throw new ApiError('VALIDATION', outcome.message)
}
