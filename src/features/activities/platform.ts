/**
 * What the browser (H5) can do at sign-up and check-in; `platform.weapp.ts` is the WeChat version.
 * H5 has no subscription dialog (a 提醒我 checkbox stands in) and no camera scanner (type the code).
 */

export const CAN_SCAN = false

/** The scanned QR text, or null when the person closed the scanner. */
export async function scanQr(): Promise<string | null> {
  return null
}

/** Whether the platform asks for subscription messages itself (so the page needs no 提醒我 choice). */
export const ASKS_FOR_REMINDER = false
