/**
 * Aggregation expressions ("$field", "$$var", { $add: [...] }, …) for $project, $addFields,
 * $group keys/accumulator arguments and $expr in $match / $lookup pipelines.
 */
import { isDateValue, isPlainObject, type Doc, type Value } from './ejson'
import { badOperator } from './errors'
import { compareValues, getPath, pathCandidates, splitPath, valuesEqual, type Maybe } from './values'

export type Vars = Record<string, Maybe>

function fieldValue(doc: Doc, path: string): Maybe {
  const parts = splitPath(path)
  const direct = getPath(doc, parts)
  if (direct !== undefined || parts.length === 1) return direct
  // "$items.price" over an array of objects yields the array of prices, like MongoDB.
  const c = pathCandidates(doc, parts).filter((x) => x !== undefined) as Value[]
  return c.length ? c : undefined
}

export function evalExpr(expr: Value, doc: Doc, vars: Vars = {}): Maybe {
  if (typeof expr === 'string') {
    if (expr.startsWith('$$')) {
      const [name, ...rest] = expr.slice(2).split('.')
      const base = name === 'ROOT' || name === 'CURRENT' ? doc : vars[name]
      return rest.length ? getPath(base, rest) : base
    }
    if (expr.startsWith('$')) return fieldValue(doc, expr.slice(1))
    return expr
  }
  if (Array.isArray(expr)) return expr.map((e) => toValue(evalExpr(e, doc, vars)))
  if (!isPlainObject(expr) || isDateValue(expr)) return expr
  const keys = Object.keys(expr)
  if (keys.length === 1 && keys[0].startsWith('$')) return evalOperator(keys[0], expr[keys[0]], doc, vars)
  const out: Doc = {}
  for (const k of keys) {
    const v = evalExpr(expr[k], doc, vars)
    if (v !== undefined) out[k] = v
  }
  return out
}

const toValue = (v: Maybe): Value => (v === undefined ? null : v)
const num = (v: Maybe): number | null => (typeof v === 'number' ? v : null)
const truthy = (v: Maybe): boolean => !(v === undefined || v === null || v === false || v === 0)

function args(spec: Value, doc: Doc, vars: Vars): Maybe[] {
  return Array.isArray(spec) ? spec.map((e) => evalExpr(e, doc, vars)) : [evalExpr(spec, doc, vars)]
}

function evalOperator(op: string, spec: Value, doc: Doc, vars: Vars): Maybe {
  const a = () => args(spec, doc, vars)
  switch (op) {
    case '$literal':
      return spec
    case '$eq':
      return (([x, y]) => valuesEqual(toValue(x), toValue(y)))(a())
    case '$ne':
      return (([x, y]) => !valuesEqual(toValue(x), toValue(y)))(a())
    case '$gt':
      return (([x, y]) => compareValues(x, y) > 0)(a())
    case '$gte':
      return (([x, y]) => compareValues(x, y) >= 0)(a())
    case '$lt':
      return (([x, y]) => compareValues(x, y) < 0)(a())
    case '$lte':
      return (([x, y]) => compareValues(x, y) <= 0)(a())
    case '$cmp':
      return (([x, y]) => Math.sign(compareValues(x, y)))(a())
    case '$and':
      return a().every(truthy)
    case '$or':
      return a().some(truthy)
    case '$not':
      return !truthy(a()[0])
    case '$in': {
      const [x, arr] = a()
      return Array.isArray(arr) && arr.some((e) => valuesEqual(e, toValue(x)))
    }
    case '$add': {
      let date = false
      let sum = 0
      for (const v of a()) {
        if (isDateValue(v)) {
          date = true
          sum += v.$date
        } else if (typeof v === 'number') sum += v
        else return null
      }
      return date ? { $date: sum } : sum
    }
    case '$subtract': {
      const [x, y] = a()
      if (isDateValue(x) && isDateValue(y)) return x.$date - y.$date
      if (isDateValue(x) && typeof y === 'number') return { $date: x.$date - y }
      return num(x) !== null && num(y) !== null ? (x as number) - (y as number) : null
    }
    case '$multiply':
      return a().reduce<number | null>((p, v) => (p === null || num(v) === null ? null : p * (v as number)), 1)
    case '$divide': {
      const [x, y] = a()
      return num(x) !== null && num(y) ? (x as number) / (y as number) : null
    }
    case '$mod': {
      const [x, y] = a()
      return num(x) !== null && num(y) ? (x as number) % (y as number) : null
    }
    case '$abs': {
      const x = a()[0]
      return num(x) === null ? null : Math.abs(x as number)
    }
    case '$size': {
      const x = a()[0]
      if (!Array.isArray(x)) throw badOperator('$size requires an array')
      return x.length
    }
    case '$concat': {
      const parts = a()
      return parts.every((p) => typeof p === 'string') ? parts.join('') : null
    }
    case '$toString': {
      const x = a()[0]
      return x === undefined || x === null ? null : typeof x === 'object' ? JSON.stringify(x) : String(x)
    }
    case '$ifNull': {
      const vs = a()
      for (const v of vs.slice(0, -1)) if (v !== undefined && v !== null) return v
      return vs[vs.length - 1]
    }
    case '$cond': {
      if (Array.isArray(spec)) {
        const [c, t, f] = spec
        return truthy(evalExpr(c, doc, vars)) ? evalExpr(t, doc, vars) : evalExpr(f, doc, vars)
      }
      if (isPlainObject(spec)) {
        return truthy(evalExpr(spec.if, doc, vars)) ? evalExpr(spec.then, doc, vars) : evalExpr(spec.else, doc, vars)
      }
      throw badOperator('$cond needs [if, then, else]')
    }
    case '$arrayElemAt': {
      const [arr, i] = a()
      if (!Array.isArray(arr) || typeof i !== 'number') return null
      return arr[i < 0 ? arr.length + i : i]
    }
    case '$sum': {
      const vs = a()
      const flat = vs.length === 1 && Array.isArray(vs[0]) ? (vs[0] as Value[]) : vs
      return flat.reduce<number>((s, v) => (typeof v === 'number' ? s + v : s), 0)
    }
    default:
      throw badOperator(`unsupported aggregation expression operator ${op}`)
  }
}
