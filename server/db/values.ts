/**
 * Value semantics shared by the JS matcher, updates, sorting and aggregation.
 * Ordering mirrors Postgres jsonb ordering (null < string < number < boolean < array < object) so a
 * query answers in the same order whether it was sorted by SQL or in JS; strings compare by code
 * point, which is the byte order of the database's C collation (and of the cloud's default).
 */
import { isDateValue, isPlainObject, type Doc, type Value } from './ejson'

export type Maybe = Value | undefined

const TYPE_RANK: Record<string, number> = { null: 0, string: 1, number: 2, boolean: 3, array: 4, object: 5 }

export function typeOf(v: Value): 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object' {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  return typeof v as 'string' | 'number' | 'boolean' | 'object'
}

export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) {
      if (x < 0xd800 && y < 0xd800) return x - y
      return Buffer.compare(Buffer.from(a.slice(i)), Buffer.from(b.slice(i)))
    }
  }
  return a.length - b.length
}

/** Total order over stored values (undefined = missing sorts first). */
export function compareValues(a: Maybe, b: Maybe): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1
  const ta = typeOf(a)
  const tb = typeOf(b)
  if (ta !== tb) return TYPE_RANK[ta] - TYPE_RANK[tb]
  switch (ta) {
    case 'null':
      return 0
    case 'string':
      return compareStrings(a as string, b as string)
    case 'number':
      return (a as number) - (b as number)
    case 'boolean':
      return Number(a) - Number(b)
    case 'array': {
      const x = a as Value[]
      const y = b as Value[]
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i], y[i])
        if (c !== 0) return c
      }
      return x.length - y.length
    }
    default: {
      if (isDateValue(a) && isDateValue(b)) return a.$date - b.$date
      return compareStrings(JSON.stringify(a), JSON.stringify(b))
    }
  }
}

export function valuesEqual(a: Maybe, b: Maybe): boolean {
  if (a === b) return true
  if (a === undefined || b === undefined || a === null || b === null) return false
  if (typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const y = b as Value[]
    return a.length === y.length && a.every((x, i) => valuesEqual(x, y[i]))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b as object)
  if (ka.length !== kb.length) return false
  return ka.every((k, i) => k === kb[i] && valuesEqual((a as Doc)[k], (b as Doc)[k]))
}

/** Same "type class" for range comparison (Mongo type bracketing: 5 is not > "4"). */
export function comparable(a: Value, b: Value): boolean {
  const ta = typeOf(a)
  if (ta !== typeOf(b)) return false
  if (ta === 'object') return isDateValue(a) === isDateValue(b)
  return true
}

export function splitPath(path: string): string[] {
  return path.split('.')
}

/** Values a (dotted) path reaches in a document, traversing arrays like Mongo's query engine. */
export function pathCandidates(v: Maybe, parts: string[], i = 0): Maybe[] {
  if (i === parts.length) return [v]
  if (Array.isArray(v)) {
    const key = parts[i]
    const out: Maybe[] = []
    if (/^\d+$/.test(key)) out.push(...pathCandidates(v[Number(key)], parts, i + 1))
    for (const el of v) if (isPlainObject(el) && !isDateValue(el)) out.push(...pathCandidates(el, parts, i))
    return out.length ? out : [undefined]
  }
  if (isPlainObject(v)) return pathCandidates(v[parts[i]], parts, i + 1)
  return [undefined]
}

/** The single value at a path, without array fan-out (numeric parts index arrays). */
export function getPath(v: Maybe, parts: string[]): Maybe {
  let cur: Maybe = v
  for (const p of parts) {
    if (Array.isArray(cur)) cur = /^\d+$/.test(p) ? cur[Number(p)] : undefined
    else if (isPlainObject(cur)) cur = cur[p]
    else return undefined
  }
  return cur
}

export class PathError extends Error {}

/** Set a value at a path, creating intermediate objects (Mongo $set semantics). */
export function setPath(doc: Doc, parts: string[], value: Value): void {
  let cur: Value = doc
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]
    let next: Maybe
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(p)) throw new PathError(`cannot create field '${p}' in an array`)
      next = cur[Number(p)]
      if (next === undefined || next === null) cur[Number(p)] = next = {}
    } else if (isPlainObject(cur)) {
      next = cur[p]
      if (next === undefined || next === null) cur[p] = next = {}
    } else throw new PathError(`cannot create field '${p}' in element ${JSON.stringify(cur)}`)
    if (typeof next !== 'object' || next === null)
      throw new PathError(`cannot create field '${parts[i + 1]}' in element {${p}: ${JSON.stringify(next)}}`)
    cur = next
  }
  const last = parts[parts.length - 1]
  if (Array.isArray(cur)) {
    if (!/^\d+$/.test(last)) throw new PathError(`cannot create field '${last}' in an array`)
    const idx = Number(last)
    while (cur.length < idx) cur.push(null)
    cur[idx] = value
  } else if (isPlainObject(cur)) cur[last] = value
  else throw new PathError(`cannot set '${last}'`)
}

export function unsetPath(doc: Doc, parts: string[]): void {
  const parent = getPath(doc, parts.slice(0, -1))
  const last = parts[parts.length - 1]
  if (Array.isArray(parent)) {
    if (/^\d+$/.test(last) && Number(last) < parent.length) parent[Number(last)] = null
  } else if (isPlainObject(parent)) delete parent[last]
}

export function clone<T extends Value>(v: T): T {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as T)
}

/** find()-style projection: inclusion ({a:1}) or exclusion ({a:0}); `_id` kept unless excluded. */
export function project(doc: Doc, projection: Doc | undefined): Doc {
  if (!projection) return doc
  const entries = Object.entries(projection)
  const including = entries.some(([k, v]) => k !== '_id' && isTruthy(v))
  if (!including) {
    const out = clone(doc)
    for (const [k, v] of entries) if (!isTruthy(v)) unsetPath(out, splitPath(k))
    return out
  }
  const out: Doc = {}
  const idRule = projection._id
  if (idRule === undefined || isTruthy(idRule)) if (doc._id !== undefined) out._id = doc._id
  for (const [k, v] of entries) {
    if (k === '_id' || !isTruthy(v)) continue
    copyPath(doc, out, splitPath(k))
  }
  return out
}

function isTruthy(v: Value): boolean {
  return v !== 0 && v !== false && v !== null
}

function copyPath(src: Value, dst: Doc, parts: string[]): void {
  if (!isPlainObject(src)) return
  const head = parts[0]
  const v = src[head]
  if (v === undefined) return
  if (parts.length === 1) {
    dst[head] = clone(v)
    return
  }
  if (Array.isArray(v)) {
    const arr: Value[] = (Array.isArray(dst[head]) ? dst[head] : []) as Value[]
    v.forEach((el, i) => {
      if (!isPlainObject(el)) return
      const target = (isPlainObject(arr[i]) ? arr[i] : {}) as Doc
      copyPath(el, target, parts.slice(1))
      arr[i] = target
    })
    dst[head] = arr.filter((x) => x !== undefined)
  } else if (isPlainObject(v)) {
    const target = (isPlainObject(dst[head]) ? dst[head] : {}) as Doc
    copyPath(v, target, parts.slice(1))
    dst[head] = target
  }
}
