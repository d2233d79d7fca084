/**
 * Query → SQL WHERE over `(_id text, data jsonb)`. Values always travel as parameters.
 *
 * Two translations per field:
 * - an indexed path whose values are known to be scalars in this collection (see `scalarPaths`) is
 *   compared as `(data -> 'a' -> 'b') <op> $n::jsonb`, the very expression of its btree index, so
 *   equality, ranges and ORDER BY … LIMIT are answered by the index;
 * - any other path goes through jsonb_path_exists with a parameterised jsonpath in lax mode, which
 *   (like MongoDB) looks into arrays and compares only values of the same type.
 * What neither can express exactly (regex, $elemMatch, $size, $all, $not, object equality, null,
 * $expr) is left to the JS matcher: `exact` is then false and the SQL is only a pre-filter
 * (a superset), so the caller filters, sorts and pages the rows in JS.
 */
import { isDateValue, isPlainObject, isRegexValue, type Value } from './ejson'
import { isOperatorObject, type Filter } from './matcher'

export interface SqlContext {
  /** Dotted paths with a btree index whose stored values are never arrays (nor under arrays). */
  scalarPaths: ReadonlySet<string>
}

export interface SqlFilter {
  sql: string
  exact: boolean
}

/** Quote a JSON key as an SQL string literal (only manifest paths are ever written into SQL). */
function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`
}

/** The jsonb expression of an indexed path; index DDL and queries must produce identical text. */
export function jsonExpr(path: string): string {
  return `(data -> ${path.split('.').map(sqlString).join(' -> ')})`
}

function jsonpathKey(key: string): string {
  return `"${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

function jsonpathOf(path: string): string {
  return (
    '$.' +
    path
      .split('.')
      .map((k) => (/^\d+$/.test(k) ? `[${k}]` : jsonpathKey(k)))
      .join('.')
  )
}

type Scalar = string | number | boolean

/** MongoDB's ordering operators and the comparison each is in SQL (and in jsonpath). */
const ORDERING = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

function isScalarOperand(v: Value): v is Scalar | { $date: number } {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || isDateValue(v)
}

export class SqlBuilder {
  readonly params: unknown[] = []
  constructor(private readonly ctx: SqlContext) {}

  param(v: unknown): string {
    this.params.push(v)
    return `$${this.params.length}`
  }

  jsonParam(v: Value): string {
    return `${this.param(JSON.stringify(v))}::jsonb`
  }

  filter(f: Filter): SqlFilter {
    const parts: string[] = []
    let exact = true
    for (const [key, cond] of Object.entries(f)) {
      const t = this.key(key, cond)
      if (t.sql !== 'TRUE') parts.push(t.sql)
      exact &&= t.exact
    }
    return { sql: parts.length ? parts.join(' AND ') : 'TRUE', exact }
  }

  private key(key: string, cond: Value): SqlFilter {
    if (key === '$and' && Array.isArray(cond) && cond.every(isPlainObject)) {
      const subs = cond.map((c) => this.filter(c as Filter))
      const parts = subs.filter((s) => s.sql !== 'TRUE').map((s) => `(${s.sql})`)
      return { sql: parts.length ? parts.join(' AND ') : 'TRUE', exact: subs.every((s) => s.exact) }
    }
    if ((key === '$or' || key === '$nor') && Array.isArray(cond) && cond.every(isPlainObject)) {
      const mark = this.params.length
      const subs = cond.map((c) => this.filter(c as Filter))
      if (!subs.every((s) => s.exact) || subs.length === 0) {
        this.params.length = mark
        return { sql: 'TRUE', exact: false }
      }
      const or = `(${subs.map((s) => `(${s.sql})`).join(' OR ')})`
      return { sql: key === '$or' ? or : `NOT ${or}`, exact: true }
    }
    if (key.startsWith('$')) return { sql: 'TRUE', exact: false }
    const ops: [string, Value][] = isOperatorObject(cond) ? Object.entries(cond) : [['$eq', cond]]
    const parts: string[] = []
    let exact = true
    for (const [op, x] of ops) {
      const mark = this.params.length
      const sql = this.field(key, op, x)
      if (sql === null) {
        this.params.length = mark
        exact = false
      } else parts.push(sql)
    }
    return { sql: parts.length ? parts.join(' AND ') : 'TRUE', exact }
  }

  /** One field operator, or null when only JS can decide it exactly. */
  private field(path: string, op: string, x: Value): string | null {
    if (path === '_id' && typeof x === 'string') {
      const cmp = { $eq: '=', $ne: '<>', $neq: '<>', ...ORDERING }[op]
      if (cmp) return `_id ${cmp} ${this.param(x)}`
    }
    if (path === '_id' && (op === '$in' || op === '$nin') && Array.isArray(x) && x.every((e) => typeof e === 'string')) {
      if (x.length === 0) return op === '$in' ? 'FALSE' : 'TRUE'
      return `_id ${op === '$in' ? 'IN' : 'NOT IN'} (${x.map((e) => this.param(e)).join(', ')})`
    }
    if (this.ctx.scalarPaths.has(path)) return this.indexedField(path, op, x)
    return this.pathField(path, op, x)
  }

  private indexedField(path: string, op: string, x: Value): string | null {
    const e = jsonExpr(path)
    switch (op) {
      case '$eq':
        if (x === null) return `(${e} IS NULL OR ${e} = 'null'::jsonb)`
        return isScalarOperand(x) ? `${e} = ${this.jsonParam(x)}` : null
      case '$ne':
      case '$neq':
        return isScalarOperand(x) ? `${e} IS DISTINCT FROM ${this.jsonParam(x)}` : null
      case '$in':
      case '$nin': {
        if (!Array.isArray(x) || !x.every(isScalarOperand)) return null
        if (x.length === 0) return op === '$in' ? 'FALSE' : 'TRUE'
        const list = x.map((v) => this.jsonParam(v)).join(', ')
        return op === '$in' ? `${e} IN (${list})` : `(${e} IS NULL OR ${e} NOT IN (${list}))`
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        if (!isScalarOperand(x)) return null
        const bound = `${e} ${ORDERING[op]} ${this.jsonParam(x)}`
        // Type bracketing: jsonb orders across types, MongoDB never compares across types.
        if (isDateValue(x)) {
          const edge = op.startsWith('$gt') ? `${e} <= '{"$date": 9e15}'::jsonb` : `${e} >= '{"$date": -9e15}'::jsonb`
          return `${bound} AND ${edge}`
        }
        const type = typeof x === 'string' ? 'string' : typeof x === 'number' ? 'number' : 'boolean'
        const edge = type === 'number' && op.startsWith('$gt') ? ` AND ${e} < 'false'::jsonb` : ''
        return `${bound}${edge} AND jsonb_typeof(${e}) = '${type}'`
      }
      case '$exists':
        return x ? `${e} IS NOT NULL` : `${e} IS NULL`
      default:
        return null
    }
  }

  private pathField(path: string, op: string, x: Value): string | null {
    const exists = (filter: string, vars: Record<string, Value>) =>
      `jsonb_path_exists(data, ${this.param(jsonpathOf(path) + filter)}::jsonpath, ${this.jsonParam(vars)})`
    // A date is stored as {"$date": ms}: compare its ms so jsonpath can (objects are not comparable).
    const test = (cmp: string, v: Value, name: string) => (isDateValue(v) ? `@."$date" ${cmp} $${name}` : `@ ${cmp} $${name}`)
    const val = (v: Value) => (isDateValue(v) ? v.$date : v)
    switch (op) {
      case '$eq':
      case '$ne':
      case '$neq': {
        if (x === null || !isScalarOperand(x) || isRegexValue(x)) return null
        const sql = exists(` ? (${test('==', x, 'v')})`, { v: val(x) })
        return op === '$eq' ? sql : `NOT ${sql}`
      }
      case '$in':
      case '$nin': {
        if (!Array.isArray(x) || !x.every(isScalarOperand)) return null
        if (x.length === 0) return op === '$in' ? 'FALSE' : 'TRUE'
        const vars: Record<string, Value> = {}
        const tests = x.map((v, i) => {
          vars[`v${i}`] = val(v)
          return test('==', v, `v${i}`)
        })
        const sql = exists(` ? (${tests.join(' || ')})`, vars)
        return op === '$in' ? sql : `NOT ${sql}`
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        if (!isScalarOperand(x)) return null
        return exists(` ? (${test(ORDERING[op], x, 'v')})`, { v: val(x) })
      }
      case '$exists':
        return x ? exists('', {}) : `NOT ${exists('', {})}`
      default:
        return null
    }
  }
}

export function orderSql(b: SqlBuilder, order: Array<[string, 1 | -1]>, scalarPaths: ReadonlySet<string>): string {
  if (!order.length) return ''
  const terms = order.map(([path, dir]) => {
    const e = path === '_id' ? '_id' : scalarPaths.has(path) ? jsonExpr(path) : `(data #> ${b.param(path.split('.'))}::text[])`
    // Missing fields first when ascending, like MongoDB; matches the NULLS FIRST indexes we create.
    return dir === 1 ? `${e} ASC NULLS FIRST` : `${e} DESC NULLS LAST`
  })
  return ` ORDER BY ${terms.join(', ')}`
}
