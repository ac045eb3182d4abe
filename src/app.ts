import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { prefetchHome } from './services/home'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    if (process.env.TARO_ENV === 'weapp') {
      // The caller's identity comes from CloudBase; the env id is per deployment.
      const env = process.env.TARO_APP_CLOUD_ENV
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
    }
    // Who is using the app is learnt by the first page (useSession, or the home's one call,
    // started here when the app opens on the home so it overlaps the page's code download).
    prefetchHome(options?.path)
  })

  return children
}

export default App
