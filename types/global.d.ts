/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Built-in: affects what the build emits. */
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built; we build weapp and h5 only. */
    TARO_ENV: 'weapp' | 'h5'
    /** The mini-program appid Taro writes into the weapp project config (`touristappid` when unset). */
    TARO_APP_ID?: string
    /** CloudBase environment id for `Taro.cloud.init` on weapp; empty means the default environment. */
    TARO_APP_CLOUD_ENV?: string
    /** Base URL of the local host's API for H5; empty means same origin. */
    TARO_APP_API_BASE?: string
  }
}
