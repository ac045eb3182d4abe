import Taro from '@tarojs/taro'

// The mini-program's own privacy consent dialog. When a privacy API (a picker, the clipboard)
// runs before the user agreed to the privacy guide, WeChat holds the call and fires
// onNeedPrivacyAuthorization; the dialog then shows the guide, and the call goes on when the user
// taps the <Button openType="agreePrivacyAuthorization"> whose id is passed back to resolve (the
// base library checks that button was tapped), or fails when they refuse.
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html

/** The id of the consent dialog's agree button, as resolve({ buttonId }) must name it. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

type Resolve = Parameters<Parameters<typeof Taro.onNeedPrivacyAuthorization>[0]>[0]

let pending: Resolve | null = null
const listeners = new Set<(open: boolean) => void>()

/** Weapp only, once at launch: shows our dialog whenever WeChat asks for consent (H5 has no such API). */
export function watchPrivacyAuthorization(): void {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve
    listeners.forEach((l) => l(true))
  })
}

/** Subscribes to the dialog's open state; returns the unsubscribe. */
export function onPrivacyPrompt(listener: (open: boolean) => void): () => void {
  listeners.add(listener)
  if (pending) listener(true)
  return () => {
    listeners.delete(listener)
  }
}

/** Tells WeChat the dialog is on screen (it counts the exposure). */
export function privacyDialogShown(): void {
  pending?.({ event: 'exposureAuthorization' })
}

/** The user's answer: the held call goes on (agree) or fails (disagree). */
export function answerPrivacy(agree: boolean): void {
  pending?.(agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  pending = null
  listeners.forEach((l) => l(false))
}

/** Opens the privacy guide as declared in the WeChat console. */
export function openPrivacyGuide(): void {
  Taro.openPrivacyContract({})
}
