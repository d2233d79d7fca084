/**
 * H5: Taro's web tab bar lives outside every page (each page root carries .hl-page--elder), so 长辈模式
 * marks <body> and app.scss enlarges the bar from there.
 */
export function applyElderTabBar(elder: boolean): void {
  if (typeof document !== 'undefined') document.body.classList.toggle('hl-elder-tabbar', elder)
}
