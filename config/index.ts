import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

// Build config for the two targets we ship: the WeChat mini-program (weapp) and the H5 app the
// local host serves. Per-environment values come from `.env.[mode]` files with TARO_APP_* keys.
export default defineConfig<'webpack5'>(async (merge) => {
  const target = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'theory-study',
    date: '2026-11-30',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    plugins: [],
    defineConstants: {},
    // Defaults for the TARO_APP_* keys, so a build without an .env file still defines them;
    // values from `.env.[mode]` (or the shell) override these.
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? '')
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src')
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Webpack's persistent cache: second builds take a few seconds instead of a minute.
    cache: { enable: true },
    mini: {
      // Component styles carry no order-dependent overrides, so the order warnings are noise.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // A phone app over a local network: the 244 KiB web-page hint is noise here.
        chain.performance.hints(false)
        // Taro's H5 runner splits only initial chunks (`splitChunks.chunks: 'initial'` in
        // @tarojs/webpack5-runner H5Combination.getOptimization), yet each page is a lazily loaded
        // chunk, so every page carried its own copy of the shared components, the API client and
        // the contract (zod). Code two or more pages use now goes to shared chunks, grouped by the
        // pages that use it (no fixed name: one big `shared` chunk would make the home download
        // every other page's helpers too), and not below webpack's usual 20 KB, so a page does
        // not turn into a cascade of tiny requests.
        // https://webpack.js.org/plugins/split-chunks-plugin/#splitchunkscachegroups
        const split = chain.optimization.get('splitChunks')
        if (split) {
          chain.optimization.splitChunks({
            ...split,
            cacheGroups: {
              ...split.cacheGroups,
              shared: { chunks: 'async', minChunks: 2, minSize: 20000, priority: 20, reuseExistingChunk: true }
            }
          })
        }
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
