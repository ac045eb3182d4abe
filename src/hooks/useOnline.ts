import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'

/** Calls fn whenever the device comes back online (the browser's event on H5, WeChat's on the phone). */
export function useOnline(fn: () => void): void {
  const ref = useRef(fn)
  ref.current = fn
  useEffect(() => {
    const listener = () => ref.current()
    if (process.env.TARO_ENV === 'h5') {
      window.addEventListener('online', listener)
      return () => window.removeEventListener('online', listener)
    }
    const onChange = (res: { isConnected: boolean }) => res.isConnected && listener()
    Taro.onNetworkStatusChange(onChange)
    return () => Taro.offNetworkStatusChange(onChange)
  }, [])
}
