/**
 * Type-only face of the subscription request. Taro resolves `./subscriptions` to `index.weapp.ts`
 * (WeChat's requestSubscribeMessage dialog) or `index.h5.ts` (the local cloud's stand-in: the page's
 * 提醒我 choice stands for 允许) at build time.
 */
import type { RequestSubscription } from './types'

export type { SubscriptionAnswer } from './types'
export declare const requestSubscription: RequestSubscription
