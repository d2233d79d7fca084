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

/** Uploads a local temp file to WeChat cloud storage; resolves with its `cloud://` file id. */
export async function uploadToStorage(cloudPath: string, filePath: string): Promise<string> {
  ensureCloud()
  try {
    return (await Taro.cloud.uploadFile({ cloudPath, filePath })).fileID
  } catch (error) {
    console.error('[transport] upload failed', error)
    throw new Error(isNetworkError(error) ? '网络不太好，上传失败，请重试' : '上传失败，请重试', { cause: error })
  }
}

/** A temporary https URL for a cloud file (audio players cannot stream cloud:// ids). */
export async function temporaryUrlOf(fileId: string): Promise<string> {
  ensureCloud()
  const res = await Taro.cloud.getTempFileURL({ fileList: [fileId] })
  const url = res.fileList[0]?.tempFileURL
  if (!url) throw new Error('文件暂时无法打开，请稍后再试')
  return url
}

/** Downloads a cloud file to a local temp path (to open a PDF). */
export async function downloadStoredFile(fileId: string): Promise<string> {
  ensureCloud()
  try {
    return (await Taro.cloud.downloadFile({ fileID: fileId })).tempFilePath
  } catch (error) {
    console.error('[transport] download failed', error)
    throw new Error('文件下载失败，请重试', { cause: error })
  }
}
