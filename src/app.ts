import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { watchPrivacyAuthorization } from './services/privacy'
import { prefetchHome } from './services/home'
import './app.scss'

// H5: the home is the first page almost every time. Taro's router imports each page lazily, so the
// home's code was fetched only after app.js had run: a second round trip on a slow network. An
// eager import puts the home in the app's own chunk and the router's import() then needs no request
// (https://webpack.js.org/api/module-methods/#magic-comments, webpackMode "eager"). The weapp build
// drops this branch (TARO_ENV is a build-time constant there).
if (process.env.TARO_ENV === 'h5') void import(/* webpackMode: "eager" */ './pages/home/index')

function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    if (process.env.TARO_ENV === 'weapp') {
      // The caller's identity comes from CloudBase; the env id is per deployment.
      const env = process.env.TARO_APP_CLOUD_ENV
      Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
      // Pickers and the clipboard wait for consent to the privacy guide: PrivacyConsent asks.
      watchPrivacyAuthorization()
    }
    // Who is using the app is learnt by the first page (useSession, or the home's one call,
    // started here when the app opens on the home so it overlaps the page's code download).
    prefetchHome(options?.path)
  })

  return children
}

export default App
