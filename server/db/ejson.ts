/**
 * Conversion between the SDK's wire values (BSON canonical extended JSON, as produced by
 * `EJSON.stringify(x, { relaxed: false })` in @cloudbase/database) and the values we store in jsonb.
 *
 * Stored form ("Value"): plain JSON. Every number is a JSON number (jsonb numeric keeps it exactly,
 * and int/double/long compare with each other as numbers). A date is `{"$date": <epoch ms>}`:
 * jsonb orders one-key objects with the same key by their value, so dates sort and range-compare
 * correctly and can live in a btree expression index. Regular expressions only occur in queries and
 * keep their `{"$regularExpression": {pattern, options}}` shape.
 */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value }
export type Doc = { [key: string]: Value }

export class EjsonError extends Error {}

const INT32_MIN = -2147483648
const INT32_MAX = 2147483647

export function isPlainObject(v: unknown): v is { [key: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function isDateValue(v: unknown): v is { $date: number } {
  return isPlainObject(v) && typeof v.$date === 'number' && Object.keys(v).length === 1
}

export function isRegexValue(v: unknown): v is { $regularExpression: { pattern: string; options: string } } {
  return isPlainObject(v) && isPlainObject(v.$regularExpression) && Object.keys(v).length === 1
}

function toNumber(text: unknown, kind: string): number {
  if (typeof text !== 'string') throw new EjsonError(`invalid ${kind}`)
  const n = Number(text)
  if (Number.isNaN(n) && text !== 'NaN') throw new EjsonError(`invalid ${kind}: ${text}`)
  // jsonb cannot hold NaN/Infinity; the real cloud accepts them but nothing in this app needs them.
  if (!Number.isFinite(n)) throw new EjsonError(`${kind} ${text} is not supported by the local cloud`)
  return n
}

function decodeDate(v: unknown): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string') {
    const ms = Date.parse(v)
    if (Number.isNaN(ms)) throw new EjsonError(`invalid $date: ${v}`)
    return ms
  }
  if (isPlainObject(v) && typeof v.$numberLong === 'string') return toNumber(v.$numberLong, '$date')
  throw new EjsonError('invalid $date')
}

/** Wire value (already JSON.parsed) → stored value. `now` is the server time used for db.serverDate(). */
export function decode(v: unknown, now: number): Value {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') return v
  if (v === undefined) return null
  if (Array.isArray(v)) return v.map((x) => decode(x, now))
  if (typeof v !== 'object') throw new EjsonError(`unsupported value of type ${typeof v}`)
  const o = v as Record<string, unknown>
  const keys = Object.keys(o)
  if (keys.length === 1) {
    const k = keys[0]
    switch (k) {
      case '$numberInt':
        return toNumber(o[k], k)
      case '$numberDouble':
        return toNumber(o[k], k)
      case '$numberLong':
        return toNumber(o[k], k)
      case '$numberDecimal':
        return toNumber(o[k], k)
      case '$date':
        return { $date: decodeDate(o[k]) }
      case '$tcb_server_date': {
        const spec = o[k]
        const offset = isPlainObject(spec) ? Number(decode(spec.offset, now) ?? 0) : 0
        return { $date: now + (Number.isFinite(offset) ? offset : 0) }
      }
      case '$oid':
        if (typeof o[k] === 'string') return o[k] as string
        break
      case '$regularExpression': {
        const re = o[k] as { pattern?: unknown; options?: unknown } | null
        return { $regularExpression: { pattern: String(re?.pattern ?? ''), options: String(re?.options ?? '') } }
      }
      case '$undefined':
        return null
    }
  }
  const out: { [key: string]: Value } = {}
  for (const key of keys) out[key] = decode(o[key], now)
  return out
}

export function decodeText(text: unknown, now: number): Value {
  if (typeof text !== 'string') throw new EjsonError('expected an extended JSON string')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new EjsonError('malformed extended JSON')
  }
  return decode(parsed, now)
}

/** Stored value → canonical extended JSON object (what the SDK's EJSON.parse expects). */
export function encode(v: Value): unknown {
  if (typeof v === 'number') {
    if (Number.isInteger(v)) {
      if (v >= INT32_MIN && v <= INT32_MAX) return { $numberInt: String(v) }
      if (Number.isSafeInteger(v)) return { $numberLong: String(v) }
    }
    return { $numberDouble: String(v) }
  }
  if (v === null || typeof v !== 'object') return v
  if (Array.isArray(v)) return v.map(encode)
  if (isDateValue(v)) return { $date: { $numberLong: String(v.$date) } }
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(v)) out[key] = encode(v[key])
  return out
}

export function encodeText(v: Value): string {
  return JSON.stringify(encode(v))
}

/** Plain JS (with Date objects) → stored value; used by bulkInsert for seeding and benchmarks. */
export function fromJs(v: unknown): Value {
  if (v instanceof Date) return { $date: v.getTime() }
  if (v === undefined) return null
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new EjsonError('non-finite numbers are not supported')
    return v
  }
  if (Array.isArray(v)) return v.map(fromJs)
  if (typeof v === 'object') {
    const out: { [key: string]: Value } = {}
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (x !== undefined) out[k] = fromJs(x)
    return out
  }
  throw new EjsonError(`unsupported value of type ${typeof v}`)
}
