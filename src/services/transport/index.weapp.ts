import Taro from '@tarojs/taro'
import { fail } from '@core/envelope'
import { appError } from '@core/errors'
import { networkFailure, toReply } from './reply'
import type { CallFunction } from './types'

// The only file that touches Taro.cloud (it does not exist in H5).
let cloudReady = false

function ensureCloud() {
  if (cloudReady) return
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
  cloudReady = true
}

/** WeChat reports a lost connection or a timeout in errMsg; anything else is a platform failure. */
function isNetworkError(error: unknown): boolean {
  const text = String((error as { errMsg?: string } | null)?.errMsg ?? error)
  return /timeout|network|request:fail|网络/i.test(text)
}

export const callFunction: CallFunction = async (fn, action, data) => {
  try {
    ensureCloud()
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, data } as Record<string, unknown> })
    return toReply(res.result)
  } catch (error) {
    console.error(`[transport] ${fn}.${action} failed`, error)
    return isNetworkError(error) ? networkFailure() : fail(appError('COMMON.INTERNAL'))
  }
}
