import Taro from '@tarojs/taro'

/** WeChat: scan the organiser's check-in QR with the camera (subscriptions: messageConsent.ts). */
export const CAN_SCAN = true

export async function scanQr(): Promise<string | null> {
  try {
    const result = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return result.result
  } catch {
    return null
  }
}

export const ASKS_FOR_REMINDER = true
