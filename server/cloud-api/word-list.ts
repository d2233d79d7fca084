/**
 * The local content-security stand-in's word list: a handful of words WeChat's msgSecCheck and
 * mediaCheckAsync would flag, so tests and the demo see both outcomes. WeChat's real models are far
 * broader; nothing in the product relies on this list.
 */
export const RISKY_WORDS = ['代开发票', '赌博', '色情', '毒品', '枪支弹药', '法轮功'] as const

/** A marker a test photo can carry (e.g. in a JPEG comment) to fail the media check. */
export const RISKY_MEDIA_MARKER = 'HONGLIN-RISKY-MEDIA'

export function riskyWordIn(text: string): string | null {
  return RISKY_WORDS.find((word) => text.includes(word)) ?? null
}
