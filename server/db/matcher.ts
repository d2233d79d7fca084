/**
 * Query semantics in JS (MongoDB's, which the WeChat cloud database follows). Used for whatever the
 * SQL translation cannot express exactly, for $match after other aggregate stages, and for $pull.
 */
import { isDateValue, isPlainObject, isRegexValue, type Doc, type Value } from './ejson'
import { badOperator } from './errors'
import { evalExpr, type Vars } from './expressions'
import { comparable, compareValues, pathCandidates, splitPath, valuesEqual, type Maybe } from './values'

export type Filter = Doc

/** True when every key is an operator (`{ $gt: 1 }`), as opposed to a literal embedded document. */
export function isOperatorObject(v: Value): v is Doc {
  if (!isPlainObject(v) || isDateValue(v) || isRegexValue(v)) return false
  const keys = Object.keys(v)
  return keys.length > 0 && keys.every((k) => k.startsWith('$'))
}

/** `vars` are $lookup `let` variables, visible to $expr as "$$name". */
export function matches(doc: Doc, filter: Filter, vars: Vars = {}): boolean {
  for (const [key, cond] of Object.entries(filter)) {
    if (!matchKey(doc, key, cond, vars)) return false
  }
  return true
}

function matchKey(doc: Doc, key: string, cond: Value, vars: Vars): boolean {
  switch (key) {
    case '$and':
      return asList(cond, key).every((f) => matches(doc, f, vars))
    case '$or':
      return asList(cond, key).some((f) => matches(doc, f, vars))
    case '$nor':
      return !asList(cond, key).some((f) => matches(doc, f, vars))
    case '$expr': {
      const v = evalExpr(cond, doc, vars)
      return !(v === undefined || v === null || v === false || v === 0)
    }
  }
  if (key.startsWith('$')) throw badOperator(`unknown top level operator ${key}`)
  return matchField(pathCandidates(doc, splitPath(key)), cond)
}

function asList(cond: Value, op: string): Filter[] {
  if (!Array.isArray(cond) || !cond.every(isPlainObject)) throw badOperator(`${op} needs an array of conditions`)
  return cond as Filter[]
}

/** `cond` against the values a path reached: either an operator object or a literal to equal. */
export function matchField(cands: Maybe[], cond: Value): boolean {
  if (isOperatorObject(cond)) return Object.entries(cond).every(([op, operand]) => matchOperator(cands, op, operand))
  return matchEq(cands, cond)
}

function anyValue(cands: Maybe[], test: (v: Value) => boolean): boolean {
  for (const c of cands) {
    if (c === undefined) continue
    if (test(c)) return true
    if (Array.isArray(c) && c.some(test)) return true
  }
  return false
}

function matchEq(cands: Maybe[], x: Value): boolean {
  if (isRegexValue(x)) return anyValue(cands, (v) => regexTest(v, x))
  // { f: null } also matches documents without f.
  if (x === null && cands.some((c) => c === undefined)) return true
  return anyValue(cands, (v) => valuesEqual(v, x))
}

function regexTest(v: Value, rx: { $regularExpression: { pattern: string; options: string } }): boolean {
  if (typeof v !== 'string') return false
  const flags = rx.$regularExpression.options.replace(/[^imsu]/g, '')
  return new RegExp(rx.$regularExpression.pattern, flags).test(v)
}

function range(cands: Maybe[], x: Value, ok: (c: number) => boolean): boolean {
  return anyValue(cands, (v) => comparable(v, x) && ok(compareValues(v, x)))
}

function matchOperator(cands: Maybe[], op: string, x: Value): boolean {
  switch (op) {
    case '$eq':
      return matchEq(cands, x)
    case '$ne':
    case '$neq':
      return !matchEq(cands, x)
    case '$gt':
      return range(cands, x, (c) => c > 0)
    case '$gte':
      return range(cands, x, (c) => c >= 0)
    case '$lt':
      return range(cands, x, (c) => c < 0)
    case '$lte':
      return range(cands, x, (c) => c <= 0)
    case '$in':
      if (!Array.isArray(x)) throw badOperator('$in needs an array')
      return x.some((e) => matchEq(cands, e))
    case '$nin':
      if (!Array.isArray(x)) throw badOperator('$nin needs an array')
      return !x.some((e) => matchEq(cands, e))
    case '$exists':
      return cands.some((c) => c !== undefined) === Boolean(x)
    case '$size':
      return cands.some((c) => Array.isArray(c) && c.length === x)
    case '$all':
      if (!Array.isArray(x)) throw badOperator('$all needs an array')
      return cands.some((c) => Array.isArray(c) && x.every((e) => c.some((v) => valuesEqual(v, e))))
    case '$elemMatch':
      if (!isPlainObject(x)) throw badOperator('$elemMatch needs an object')
      return cands.some(
        (c) => Array.isArray(c) && c.some((el) => (isOperatorObject(x) ? matchField([el], x) : isPlainObject(el) && matches(el, x))),
      )
    case '$regex':
      return anyValue(cands, (v) => regexTest(v, isRegexValue(x) ? x : { $regularExpression: { pattern: String(x), options: '' } }))
    case '$not':
      return !matchField(cands, x)
    case '$and':
      return Array.isArray(x) && x.every((c) => matchField(cands, c))
    case '$or':
      return Array.isArray(x) && x.some((c) => matchField(cands, c))
    case '$nor':
      return Array.isArray(x) && !x.some((c) => matchField(cands, c))
    case '$mod':
      return Array.isArray(x) && anyValue(cands, (v) => typeof v === 'number' && typeof x[0] === 'number' && v % x[0] === x[1])
    default:
      throw badOperator(`unsupported query operator ${op}`)
  }
}
