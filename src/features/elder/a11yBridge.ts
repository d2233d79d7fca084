/**
 * In the mini-program, `aria-role` and `aria-label` on Taro components are WeChat's own accessibility
 * attributes and need no help; `a11yBridge.h5.ts` maps them for the browser.
 */
export function installA11yBridge() {}
