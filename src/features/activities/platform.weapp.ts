import Taro from '@tarojs/taro'

/**
 * WeChat: ask for the activity-reminder subscription message on sign-up (a refusal, or no template
 * configured, means no reminder) and scan the organiser's check-in QR with the camera.
 */
const REMINDER_TEMPLATE_ID = process.env.TARO_APP_REMINDER_TEMPLATE_ID || ''

export async function askForReminder(): Promise<boolean | null> {
  if (!REMINDER_TEMPLATE_ID) return false
  try {
    // The answer is keyed by template id: 'accept' | 'reject' | 'ban'.
    const result = (await Taro.requestSubscribeMessage({ tmplIds: [REMINDER_TEMPLATE_ID], entityIds: [] })) as unknown as Record<
      string,
      string
    >
    return result[REMINDER_TEMPLATE_ID] === 'accept'
  } catch {
    return false
  }
}

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

/** WeChat cannot print a page: the 台账 is exported as .xlsx and printed from there. */
export const CAN_PRINT = false

export function printPage(): void {}
