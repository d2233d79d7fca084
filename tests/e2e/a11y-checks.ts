import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/** The checks every accessibility test shares: axe-core's serious/critical violations and elder-mode sizes. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
export const ELDER_KEY = 'honglin.elderMode'
export const MIN_ELDER_TEXT = 22
export const MIN_TAP = 44
/** What a finger taps: buttons, links, navigators and the ARIA widgets the app draws (chips, switches). */
export const TAP_TARGETS = [
  'button',
  'a[href]',
  'taro-button-core',
  'taro-navigator-core',
  'taro-switch-core',
  ...['button', 'link', 'radio', 'checkbox', 'switch', 'tab'].map((role) => `[role="${role}"]`),
].join(', ')

/**
 * Elder mode on or off for the next page load (the switch's stored choice). Off is stored as the
 * person's choice too: with no choice, someone flagged 长辈 starts in elder mode.
 */
export async function setElderMode(page: Page, on: boolean) {
  // Taro H5 storage keeps `{ data }` as JSON in localStorage (what Taro.setStorageSync writes).
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [ELDER_KEY, JSON.stringify({ data: on ? 'on' : 'off' })] as const)
}

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string }> }>
          }>
        }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id} (${v.help}): ${v.nodes
            .slice(0, 4)
            .map((n) => n.html.slice(0, 120))
            .join(' | ')}`,
      )
  })
}

/** The tab bar on screen: Taro's web one (H5) or ours (src/custom-tab-bar, drawn the same way in tests). */
export const TAB_BAR = '.weui-tabbar, .hl-tabbar'
export const TAB_BAR_ITEMS = '.weui-tabbar__item, .hl-tabbar__item'

/**
 * Visible text under 22px inside the page and the tab bar, and visible tap targets under 44px high
 * (tabs included), with how many were measured (`tabs`: the tab bar's tabs on screen).
 */
export async function elderSizeProblems(page: Page): Promise<{ problems: string[]; texts: number; targets: number; tabs: number }> {
  return page.evaluate(
    ([minText, minTap, tapTargets, tabBar, tabBarItems]) => {
      const problems: string[] = []
      let texts = 0
      const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
      for (const root of Array.from(document.querySelectorAll(`.hl-page, ${tabBar}`)).filter(shown)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim()
          const parent = node.parentElement
          if (!text || !parent || !shown(parent)) continue
          texts += 1
          const size = parseFloat(getComputedStyle(parent).fontSize)
          if (size < minText) problems.push(`text ${size}px: 「${text.slice(0, 20)}」`)
        }
      }
      const tabs = Array.from(document.querySelectorAll(tabBarItems)).filter(shown)
      const targets = [...new Set([...Array.from(document.querySelectorAll(tapTargets)), ...tabs])].filter(shown)
      for (const target of targets) {
        const { height } = target.getBoundingClientRect()
        if (height > 0 && height < minTap)
          problems.push(
            `tap target ${Math.round(height)}px high: 「${(target.textContent ?? '').trim().slice(0, 20) || target.outerHTML.slice(0, 80)}」`,
          )
      }
      return { problems, texts, targets: targets.length, tabs: tabs.length }
    },
    [MIN_ELDER_TEXT, MIN_TAP, TAP_TARGETS, TAB_BAR, TAB_BAR_ITEMS] as const,
  )
}
