// The DevTools project config the deploy writes: the real AppID (never the tourist one) and the
// folders DevTools needs to upload `scheduler` with its cloud-call permission.

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { devtoolsConfig } = require('../../scripts/devtools-config.js') as {
  devtoolsConfig(appId: string | undefined): Record<string, string> | null
}

describe('project.private.config.json for WeChat DevTools', () => {
  it('carries the real AppID and points DevTools at the build and the function folders', () => {
    expect(devtoolsConfig('wx0123456789abcdef')).toMatchObject({
      appid: 'wx0123456789abcdef',
      miniprogramRoot: 'dist/weapp/',
      cloudfunctionRoot: 'cloudfunctions/'
    })
  })

  it('is not written without a real AppID (the tourist id cannot use cloud development)', () => {
    expect(devtoolsConfig(undefined)).toBeNull()
    expect(devtoolsConfig('')).toBeNull()
    expect(devtoolsConfig('touristappid')).toBeNull()
  })
})
