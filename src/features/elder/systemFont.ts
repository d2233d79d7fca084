/**
 * Whether the platform asks for large text. The browser (H5) gives no reliable signal, so only the
 * manual switch turns elder mode on there; `systemFont.weapp.ts` reads WeChat's font setting.
 */
export function systemPrefersLargeText(): boolean {
  return false
}
