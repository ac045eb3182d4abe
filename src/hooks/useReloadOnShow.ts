import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/** Reloads quietly whenever the page shows again (back from a form it opened), not on first show. */
export function useReloadOnShow(reload: () => Promise<void> | void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
}
