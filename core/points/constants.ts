/** 道德银行's limits the mini-program shows: plain values (no zod), re-exported by `core/contract/points.ts`. */
export const GOOD_DEED_MAX_PHOTOS = 3

/**
 * A good deed is described in words: at least this many letters or digits (Chinese characters count),
 * so a lone emoji, punctuation or spaces are refused with DEED_TEXT_MESSAGE instead of passing review.
 */
export const GOOD_DEED_MIN_WORDS = 2
export const DEED_TEXT_MESSAGE = '请用文字简单描述做了什么（不能只有表情或符号）'

/**
 * Letters and digits as the community writes them: Chinese characters, Latin letters (with accents),
 * digits, and their full-width forms. Plain ranges, not \p{L}: the mini-program's build would expand
 * a Unicode property into kilobytes of ranges in the main package.
 */
const WORD_CHAR = /[0-9A-Za-z\u00C0-\u024F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g

/** How many letters and digits a text has (emoji, punctuation and spaces are not counted). */
export function wordCharCount(text: string): number {
  return (text.match(WORD_CHAR) ?? []).length
}
