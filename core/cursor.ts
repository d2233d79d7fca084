/**
 * Page cursors are opaque to the client: base64url of the last item's keyset values (a sort key, a
 * position, or a time with the `_id` that breaks its ties). Decoding never throws: anything that was
 * not made by `encodeCursor` is null, and the pager answers COMMON.VALIDATION for it.
 */
export type CursorValue = string | number | Date

type Encoded = string | number | { t: string }

export function encodeCursor(values: readonly CursorValue[]): string {
  const encoded: Encoded[] = values.map((value) => (value instanceof Date ? { t: value.toISOString() } : value))
  return toBase64Url(JSON.stringify(encoded))
}

export function decodeCursor(cursor: string, length: number): CursorValue[] | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(fromBase64Url(cursor))
  } catch {
    return null
  }
  if (!Array.isArray(parsed) || parsed.length !== length) return null
  const values: CursorValue[] = []
  for (const item of parsed as unknown[]) {
    if (typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item))) values.push(item)
    else if (isTime(item)) values.push(new Date(item.t))
    else return null
  }
  return values
}

function isTime(item: unknown): item is { t: string } {
  if (typeof item !== 'object' || item === null || typeof (item as { t?: unknown }).t !== 'string') return false
  return !Number.isNaN(new Date((item as { t: string }).t).getTime())
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(cursor: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url')
  const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}
