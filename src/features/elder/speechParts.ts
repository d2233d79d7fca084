/**
 * Cutting a text into the parts a speech engine reads one at a time. Both engines are read sentence
 * by sentence (a part never ends mid-sentence unless one sentence alone is too long):
 *   - the browser's speechSynthesis stops half way through long utterances: one sentence a part,
 *     at most 120 characters;
 *   - WeChat's 同声传译 plugin synthesises at most 1000 bytes of UTF-8 a call (about 330 Chinese
 *     characters): sentences are packed up to that, so a notice is a few calls, not dozens.
 */
export const BROWSER_MAX_CHARS = 120
export const WECHAT_SI_MAX_BYTES = 1000

const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]?/g

function sentencesOf(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((sentence) => sentence.trim()).filter(Boolean)
}

/** UTF-8 length without TextEncoder (older WeChat clients lack it); surrogate pairs are 4 bytes. */
export function utf8Bytes(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4
      i += 1
    } else bytes += 3
  }
  return bytes
}

/** Joins units in order into pieces of at most `max` (by `size`); a unit is never divided. */
function packGreedily(units: string[], max: number, size: (s: string) => number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const unit of units) {
    if (piece && size(piece + unit) > max) {
      pieces.push(piece)
      piece = ''
    }
    piece += unit
  }
  if (piece) pieces.push(piece)
  return pieces
}

/** The characters of `text`, a surrogate pair (an emoji) as one. */
function charactersOf(text: string): string[] {
  const chars: string[] = []
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
    chars.push(text.slice(i, i + width))
    i += width
  }
  return chars
}

/** A sentence cut into pieces of at most `max`, when it is longer than that. */
function cut(sentence: string, max: number, size: (s: string) => number): string[] {
  return packGreedily(charactersOf(sentence), max, size)
}

/** For the browser: one sentence a part, long sentences cut at 120 characters. */
export function splitForSpeech(text: string): string[] {
  return sentencesOf(text).flatMap((sentence) => cut(sentence, BROWSER_MAX_CHARS, (s) => s.length))
}

/** For WeChat's plugin: whole sentences packed into parts of at most 1000 UTF-8 bytes. */
export function packForSpeech(text: string, maxBytes = WECHAT_SI_MAX_BYTES): string[] {
  const sentences = sentencesOf(text).flatMap((sentence) => cut(sentence, maxBytes, utf8Bytes))
  return packGreedily(sentences, maxBytes, utf8Bytes)
}
