import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { watchPrivacyAuthorization } from './services/privacy'
import { loadMe } from './services/session'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // The caller's identity comes from CloudBase; the env id is per deployment.
      const env = process.env.TARO_APP_CLOUD_ENV
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
      // Pickers and the clipboard wait for consent to the privacy guide: PrivacyConsent asks.
      watchPrivacyAuthorization()
    }
    // Learns who is using the app; UNAUTHENTICATED / NOT_BOUND send the user to login / bind.
    void loadMe()
  })

  return children
}

export default App
