/**
 * H5 (and tests): Taro's web tab bar follows the router itself, so a page has nothing to report.
 * The mini-program's own tab bar needs to know (`useTabShown.weapp.ts`).
 */
export function useTabShown(): void {}
