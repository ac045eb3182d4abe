import { useEffect } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

const NO_HOME = 'top-bar-no-home'

function toggle(on: boolean): void {
  if (process.env.TARO_ENV !== 'h5') return
  document.getElementById('taro-navigation-bar')?.classList.toggle(NO_HOME, on)
}

/**
 * H5: hides the top bar's home button while this page shows. For the login page, opened with
 * nothing to go back to: the home would only send the signed-out person back here. (Taro's H5
 * hideHomeButton is not supported; its bar keeps its own classes, so ours stays until removed.)
 */
export function useNoHomeButton(): void {
  useDidShow(() => toggle(true))
  useDidHide(() => toggle(false))
  // Left by redirect or relaunch (after signing in), the page unloads without a hide.
  useEffect(() => () => toggle(false), [])
}
