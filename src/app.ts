import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // The caller's identity comes from CloudBase; the env id is per deployment.
      const env = process.env.TARO_APP_CLOUD_ENV
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
    }
    // Who is using the app is learnt by the first page (useSession, or the home's one call):
    // asking here as well would cost the cold home a second function call.
  })

  return children
}

export default App
