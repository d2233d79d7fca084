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
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built: set by the Taro CLI, replaced at build time. */
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony'
    /** WeChat cloud environment id (weapp); empty → the default environment. */
    TARO_APP_CLOUD_ENV?: string
    /** Origin of the local host's /api (H5); empty → same origin. */
    TARO_APP_API_BASE?: string
  }
}
