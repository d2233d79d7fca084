/**
 * aggregateDocuments. Leading $match (+ $sort, $skip, $limit) is pushed into SQL so indexes serve
 * it; the remaining stages run in JS over the resulting documents.
 * Like the cloud, a pipeline without a $limit stage returns at most 20 documents.
 */
import { isPlainObject, type Doc, type Value } from './ejson'
import { badOperator, invalid } from './errors'
import { evalExpr, type Vars } from './expressions'
import { matches, type Filter } from './matcher'
import type { CollectionInfo, FindOptions, Session } from './store'
import { clone, compareValues, getPath, project, setPath, splitPath, unsetPath, valuesEqual, type Maybe } from './values'

export interface Stage {
  key: string
  value: Value
}

export const AGGREGATE_DEFAULT_LIMIT = 20
export const AGGREGATE_MAX_LIMIT = 10000

interface Context {
  session: Session
  env: string
}

export async function aggregate(session: Session, coll: CollectionInfo, stages: Stage[]): Promise<Doc[]> {
  const ctx: Context = { session, env: coll.env }
  const { filter, opts, rest } = pushdown(stages)
  const docs = await session.find(coll, filter, opts)
  const out = await runStages(ctx, docs, rest, {})
  const hasLimit = stages.some((s) => s.key === '$limit')
  return out.slice(0, hasLimit ? AGGREGATE_MAX_LIMIT : AGGREGATE_DEFAULT_LIMIT)
}

function hasExpr(v: Value): boolean {
  if (Array.isArray(v)) return v.some(hasExpr)
  if (!isPlainObject(v)) return false
  return Object.entries(v).some(([k, x]) => k === '$expr' || hasExpr(x))
}

function sortSpec(v: Value): Array<[string, 1 | -1]> {
  if (!isPlainObject(v)) throw badOperator('$sort needs an object')
  return Object.entries(v).map(([k, d]) => {
    if (d !== 1 && d !== -1) throw badOperator('$sort direction must be 1 or -1')
    return [k, d]
  })
}

function pushdown(stages: Stage[]): { filter: Filter; opts: FindOptions; rest: Stage[] } {
  const filters: Filter[] = []
  let i = 0
  while (i < stages.length && stages[i].key === '$match' && isPlainObject(stages[i].value) && !hasExpr(stages[i].value)) {
    filters.push(stages[i].value as Filter)
    i++
  }
  const opts: FindOptions = {}
  if (i < stages.length && stages[i].key === '$sort') {
    opts.order = sortSpec(stages[i].value)
    i++
  }
  if (opts.order) {
    if (i < stages.length && stages[i].key === '$skip' && typeof stages[i].value === 'number') opts.skip = stages[i++].value as number
    if (i < stages.length && stages[i].key === '$limit' && typeof stages[i].value === 'number') opts.limit = stages[i++].value as number
  }
  const filter = filters.length === 0 ? {} : filters.length === 1 ? filters[0] : { $and: filters }
  return { filter, opts, rest: stages.slice(i) }
}

async function runStages(ctx: Context, input: Doc[], stages: Stage[], vars: Vars): Promise<Doc[]> {
  let docs = input
  for (const { key, value } of stages) docs = await runStage(ctx, docs, key, value, vars)
  return docs
}

function positive(v: Value, stage: string): number {
  if (typeof v !== 'number' || v < 0 || !Number.isInteger(v)) throw badOperator(`${stage} needs a non-negative integer`)
  return v
}

async function runStage(ctx: Context, docs: Doc[], key: string, v: Value, vars: Vars): Promise<Doc[]> {
  switch (key) {
    case '$match':
      if (!isPlainObject(v)) throw badOperator('$match needs an object')
      return docs.filter((d) => matches(d, v as Filter, vars))
    case '$sort':
      return sortDocs(docs, sortSpec(v))
    case '$skip':
      return docs.slice(positive(v, key))
    case '$limit':
      return docs.slice(0, positive(v, key))
    case '$count':
      if (typeof v !== 'string' || !v) throw badOperator('$count needs a field name')
      return docs.length ? [{ [v]: docs.length }] : []
    case '$project':
      return docs.map((d) => projectStage(d, v, vars))
    case '$addFields':
    case '$set':
      if (!isPlainObject(v)) throw badOperator(`${key} needs an object`)
      return docs.map((d) => {
        const out = clone(d)
        for (const [f, e] of Object.entries(v)) {
          const val = evalExpr(e, d, vars)
          if (val !== undefined) setPath(out, splitPath(f), val)
        }
        return out
      })
    case '$unset': {
      const fields = Array.isArray(v) ? v : [v]
      return docs.map((d) => {
        const out = clone(d)
        for (const f of fields) if (typeof f === 'string') unsetPath(out, splitPath(f))
        return out
      })
    }
    case '$replaceRoot': {
      const root = isPlainObject(v) ? v.newRoot : undefined
      return docs.map((d) => {
        const r = evalExpr(root ?? null, d, vars)
        if (!isPlainObject(r)) throw badOperator('$replaceRoot newRoot must be a document')
        return r
      })
    }
    case '$unwind':
      return unwind(docs, v)
    case '$group':
      return group(docs, v, vars)
    case '$sortByCount': {
      const grouped = group(docs, { _id: v, count: { $sum: 1 } }, vars)
      return sortDocs(grouped, [['count', -1]])
    }
    case '$sample': {
      const size = isPlainObject(v) ? positive(v.size, key) : 0
      return [...docs].sort(() => Math.random() - 0.5).slice(0, size)
    }
    case '$lookup':
      return lookup(ctx, docs, v, vars)
    default:
      throw badOperator(`unsupported aggregate stage ${key}`)
  }
}

function sortDocs(docs: Doc[], order: Array<[string, 1 | -1]>): Doc[] {
  return [...docs].sort((a, b) => {
    for (const [path, dir] of order) {
      const c = compareValues(getPath(a, splitPath(path)), getPath(b, splitPath(path)))
      if (c !== 0) return c * dir
    }
    return 0
  })
}

function projectStage(d: Doc, spec: Value, vars: Vars): Doc {
  if (!isPlainObject(spec)) throw badOperator('$project needs an object')
  const flags = (x: Value) => x === 0 || x === 1 || x === true || x === false
  const computed = Object.entries(spec).filter(([, x]) => !flags(x))
  if (!computed.length) return project(d, spec)
  const inclusion: Doc = { _id: spec._id ?? 1 }
  for (const [k, x] of Object.entries(spec)) if (flags(x) && k !== '_id') inclusion[k] = x
  const out = project(d, inclusion)
  for (const [k, e] of computed) {
    const val = evalExpr(e, d, vars)
    if (val !== undefined) setPath(out, splitPath(k), val)
  }
  return out
}

function unwind(docs: Doc[], v: Value): Doc[] {
  const spec = typeof v === 'string' ? { path: v } : isPlainObject(v) ? v : null
  if (!spec || typeof spec.path !== 'string' || !spec.path.startsWith('$')) throw badOperator('$unwind needs a "$field" path')
  const parts = splitPath(spec.path.slice(1))
  const keep = spec.preserveNullAndEmptyArrays === true
  const indexField = typeof spec.includeArrayIndex === 'string' ? splitPath(spec.includeArrayIndex) : null
  const out: Doc[] = []
  for (const d of docs) {
    const arr = getPath(d, parts)
    if (Array.isArray(arr) && arr.length) {
      arr.forEach((el, i) => {
        const copy = clone(d)
        setPath(copy, parts, clone(el))
        if (indexField) setPath(copy, indexField, i)
        out.push(copy)
      })
    } else if (arr !== undefined && arr !== null && !Array.isArray(arr)) {
      const copy = clone(d)
      if (indexField) setPath(copy, indexField, null)
      out.push(copy)
    } else if (keep) {
      const copy = clone(d)
      if (indexField) setPath(copy, indexField, null)
      out.push(copy)
    }
  }
  return out
}

type Acc = { op: string; values: Maybe[] }

function group(docs: Doc[], v: Value, vars: Vars): Doc[] {
  if (!isPlainObject(v) || !('_id' in v)) throw badOperator('$group needs an _id')
  const accs = Object.entries(v).filter(([k]) => k !== '_id')
  for (const [, spec] of accs)
    if (!isPlainObject(spec) || Object.keys(spec).length !== 1) throw badOperator('$group fields must be accumulators')
  const groups = new Map<string, { id: Value; acc: Record<string, Acc> }>()
  for (const d of docs) {
    const idv = evalExpr(v._id, d, vars)
    const id = idv === undefined ? null : idv
    const k = JSON.stringify(id)
    let g = groups.get(k)
    if (!g) {
      g = { id, acc: {} }
      for (const [name, spec] of accs) g.acc[name] = { op: Object.keys(spec as Doc)[0], values: [] }
      groups.set(k, g)
    }
    for (const [name, spec] of accs) g.acc[name].values.push(evalExpr((spec as Doc)[g.acc[name].op], d, vars))
  }
  return [...groups.values()].map((g) => {
    const out: Doc = { _id: g.id }
    for (const [name, a] of Object.entries(g.acc)) out[name] = accumulate(a)
    return out
  })
}

function accumulate({ op, values }: Acc): Value {
  const present = values.filter((x): x is Value => x !== undefined && x !== null)
  const nums = present.filter((x): x is number => typeof x === 'number')
  switch (op) {
    case '$sum':
      return nums.reduce((s, x) => s + x, 0)
    case '$avg':
      return nums.length ? nums.reduce((s, x) => s + x, 0) / nums.length : null
    case '$min':
      return present.length ? present.reduce((m, x) => (compareValues(x, m) < 0 ? x : m)) : null
    case '$max':
      return present.length ? present.reduce((m, x) => (compareValues(x, m) > 0 ? x : m)) : null
    case '$first':
      return values.length ? (values[0] ?? null) : null
    case '$last':
      return values.length ? (values[values.length - 1] ?? null) : null
    case '$push':
      return values.map((x) => (x === undefined ? null : x))
    case '$addToSet': {
      const set: Value[] = []
      for (const x of present) if (!set.some((y) => valuesEqual(x, y))) set.push(x)
      return set
    }
    default:
      throw badOperator(`unsupported accumulator ${op}`)
  }
}

async function lookup(ctx: Context, docs: Doc[], v: Value, vars: Vars): Promise<Doc[]> {
  if (!isPlainObject(v) || typeof v.from !== 'string' || typeof v.as !== 'string') throw badOperator('$lookup needs from and as')
  const foreign = await ctx.session.collection(ctx.env, v.from)
  const as = splitPath(v.as)
  if (Array.isArray(v.pipeline)) {
    const pipeline = v.pipeline.map((s): Stage => {
      if (!isPlainObject(s) || Object.keys(s).length !== 1) throw badOperator('$lookup pipeline stages must have one key')
      const k = Object.keys(s)[0]
      return { key: k, value: s[k] }
    })
    const all = await ctx.session.find(foreign, {})
    const lets = isPlainObject(v.let) ? v.let : {}
    const out: Doc[] = []
    for (const d of docs) {
      const local: Vars = { ...vars }
      for (const [name, e] of Object.entries(lets)) local[name] = evalExpr(e, d, vars)
      const joined = await runStages(ctx, all, pipeline, local)
      const copy = clone(d)
      setPath(copy, as, joined)
      out.push(copy)
    }
    return out
  }
  if (typeof v.localField !== 'string' || typeof v.foreignField !== 'string')
    throw invalid('$lookup needs localField/foreignField or pipeline')
  const lf = splitPath(v.localField)
  const ff = v.foreignField
  const keysOf = (d: Doc): Value[] => {
    const x = getPath(d, lf)
    if (x === undefined) return [null]
    return Array.isArray(x) ? x : [x]
  }
  // Every document has an `_id` and none is null, so a null key joins nothing there: no query for it.
  const keys = docs.flatMap(keysOf).filter((k) => ff !== '_id' || k !== null)
  const all = [...new Map(keys.map((k) => [JSON.stringify(k), k])).values()]
  const candidates = all.length ? await ctx.session.find(foreign, { [ff]: { $in: all } }) : []
  return docs.map((d) => {
    const keys = keysOf(d)
    const copy = clone(d)
    setPath(
      copy,
      as,
      candidates.filter((f) => matches(f, { [ff]: { $in: keys } })),
    )
    return copy
  })
}
