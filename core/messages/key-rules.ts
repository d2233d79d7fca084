/**
 * WeChat's rules for the value of each key kind of a subscription-message template (the kind is the
 * key's name without its number: `thing1` → thing). A value that breaks them is refused with 47003.
 * `fitValue` shapes any text to its kind's limits; `valueProblem` says what is wrong (the local cloud
 * checks with it, as WeChat would).
 */
export type KeyKind = 'thing' | 'time' | 'date' | 'phrase' | 'name' | 'number' | 'character_string'

const LIMITS: Record<KeyKind, number> = { thing: 20, time: 30, date: 30, phrase: 5, name: 10, number: 32, character_string: 32 }

/** 2026年12月3日 14:30 / 2026年12月3日 / 14:30 (24-hour). */
const WECHAT_TIME = /^(\d{4}年\d{1,2}月\d{1,2}日( ([01]?\d|2[0-3]):[0-5]\d)?|([01]?\d|2[0-3]):[0-5]\d)$/

export function kindOfKey(key: string): KeyKind | null {
  const kind = key.replace(/\d+$/, '')
  return Object.prototype.hasOwnProperty.call(LIMITS, kind) ? (kind as KeyKind) : null
}

export function valueProblem(kind: KeyKind, value: string): string | null {
  const length = [...value].length
  if (length === 0) return '不能为空'
  if (length > LIMITS[kind]) return `超过 ${LIMITS[kind]} 个字`
  if ((kind === 'time' || kind === 'date') && !WECHAT_TIME.test(value)) return '不是微信的时间格式'
  if (kind === 'phrase' && !/^[\u4e00-\u9fa5]+$/.test(value)) return '只能是汉字'
  if (kind === 'number' && !/^\d+(\.\d+)?$/.test(value)) return '只能是数字'
  if (kind === 'character_string' && !/^[\x21-\x7e]+$/.test(value)) return '只能是字母、数字和符号'
  return null
}

/** `text` shaped to the limit of `kind` (long thing values end with …). */
export function fitValue(kind: KeyKind, text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  const limit = LIMITS[kind]
  if (chars.length <= limit) return chars.join('')
  return kind === 'thing' || kind === 'name' ? `${chars.slice(0, limit - 1).join('')}…` : chars.slice(0, limit).join('')
}
