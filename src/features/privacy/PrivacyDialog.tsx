/**
 * The browser (H5) has no WeChat privacy authorisation: nothing to ask. `PrivacyDialog.weapp.tsx` is
 * the mini-program's dialog.
 */
export function PrivacyDialog() {
  return null
}
