/**
 * Update commands (db.command.set/inc/mul/remove/push/pull/addToSet/pop/shift/unshift/…), applied in
 * JS to a copy of the stored document. Field paths are dotted; intermediate objects are created.
 */
import { isDateValue, isPlainObject, type Doc, type Value } from './ejson'
import { badOperator, DbError } from './errors'
import { isOperatorObject, matchField } from './matcher'
import { clone, getPath, PathError, setPath, splitPath, unsetPath, valuesEqual } from './values'

export type UpdateSpec = Doc

/** Applies `spec` to a copy of `doc`; returns the new document. */
export function applyUpdate(doc: Doc, spec: UpdateSpec): Doc {
  const out = clone(doc)
  try {
    for (const [op, fields] of Object.entries(spec)) {
      if (!op.startsWith('$')) {
        checkPath(op)
        setPath(out, splitPath(op), clone(fields))
        continue
      }
      if (!isPlainObject(fields)) throw badOperator(`${op} needs an object of fields`)
      for (const [path, arg] of Object.entries(fields)) {
        checkPath(path)
        applyOne(out, op, splitPath(path), arg)
      }
    }
  } catch (e) {
    if (e instanceof PathError) throw new DbError('DATABASE_REQUEST_FAILED', e.message)
    throw e
  }
  return out
}

function checkPath(path: string): void {
  if (path === '_id' || path.startsWith('_id.'))
    throw new DbError('DATABASE_REQUEST_FAILED', "Performing an update on the path '_id' would modify the immutable field '_id'")
}

/** A missing field counts as 0; a field holding null is refused, as MongoDB (and the cloud) refuse it. */
function numberAt(doc: Doc, parts: string[], op: string): number | undefined {
  const cur = getPath(doc, parts)
  if (cur === undefined) return undefined
  if (typeof cur !== 'number')
    throw new DbError(
      'DATABASE_REQUEST_FAILED',
      `Cannot apply ${op} to a value of non-numeric type. {${parts.join('.')}: ${JSON.stringify(cur)}}`,
    )
  return cur
}

function arrayAt(doc: Doc, parts: string[], op: string): Value[] | undefined {
  const cur = getPath(doc, parts)
  if (cur === undefined || cur === null) return undefined
  if (!Array.isArray(cur))
    throw new DbError('DATABASE_REQUEST_FAILED', `The field '${parts.join('.')}' must be an array but is of type ${typeof cur} (${op})`)
  return cur
}

function applyOne(doc: Doc, op: string, parts: string[], arg: Value): void {
  switch (op) {
    case '$set':
      return setPath(doc, parts, clone(arg))
    case '$unset':
      return unsetPath(doc, parts)
    case '$inc':
    case '$mul': {
      if (typeof arg !== 'number') throw badOperator(`${op} needs a number`)
      const cur = numberAt(doc, parts, op)
      return setPath(doc, parts, op === '$inc' ? (cur ?? 0) + arg : (cur ?? 0) * arg)
    }
    case '$min':
    case '$max': {
      const cur = getPath(doc, parts)
      const a = isDateValue(arg) ? arg.$date : arg
      const c = isDateValue(cur) ? cur.$date : cur
      if (cur === undefined || (op === '$min' ? (a as number) < (c as number) : (a as number) > (c as number)))
        setPath(doc, parts, clone(arg))
      return
    }
    case '$rename': {
      if (typeof arg !== 'string') throw badOperator('$rename needs a field name')
      const cur = getPath(doc, parts)
      if (cur === undefined) return
      unsetPath(doc, parts)
      return setPath(doc, splitPath(arg), cur)
    }
    case '$push': {
      const arr = arrayAt(doc, parts, op) ?? []
      const mod = isPlainObject(arg) && '$each' in arg ? arg : { $each: [arg] }
      if (!Array.isArray(mod.$each)) throw badOperator('$push $each needs an array')
      const items = clone(mod.$each)
      const pos = typeof mod.$position === 'number' ? mod.$position : arr.length
      const at = pos < 0 ? Math.max(0, arr.length + pos) : Math.min(pos, arr.length)
      let next = [...arr.slice(0, at), ...items, ...arr.slice(at)]
      if (typeof mod.$slice === 'number') next = mod.$slice >= 0 ? next.slice(0, mod.$slice) : next.slice(mod.$slice)
      return setPath(doc, parts, next)
    }
    case '$addToSet': {
      const arr = [...(arrayAt(doc, parts, op) ?? [])]
      const items = isPlainObject(arg) && Array.isArray(arg.$each) ? arg.$each : [arg]
      for (const it of items) if (!arr.some((v) => valuesEqual(v, it))) arr.push(clone(it))
      return setPath(doc, parts, arr)
    }
    case '$pop': {
      const arr = arrayAt(doc, parts, op)
      if (!arr || !arr.length) return
      return setPath(doc, parts, arg === -1 ? arr.slice(1) : arr.slice(0, -1))
    }
    case '$pull': {
      const arr = arrayAt(doc, parts, op)
      if (!arr) return
      const hit = (v: Value) =>
        isOperatorObject(arg) || !isPlainObject(arg) || isDateValue(arg)
          ? matchField([v], arg)
          : isPlainObject(v) && Object.entries(arg).every(([k, c]) => matchField([getPath(v, splitPath(k))], c))
      return setPath(
        doc,
        parts,
        arr.filter((v) => !hit(v)),
      )
    }
    case '$pullAll': {
      const arr = arrayAt(doc, parts, op)
      if (!arr) return
      if (!Array.isArray(arg)) throw badOperator('$pullAll needs an array')
      return setPath(
        doc,
        parts,
        arr.filter((v) => !arg.some((x) => valuesEqual(v, x))),
      )
    }
    default:
      throw badOperator(`unsupported update operator ${op}`)
  }
}
