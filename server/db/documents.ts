/**
 * What the store and the transactions share about a collection and its documents: the collection's
 * table and indexes, document ids and keys, the duplicate-key error the cloud answers.
 */
import { randomBytes } from 'crypto'
import type { Doc, Value } from './ejson'
import { DbError, invalid } from './errors'
import { getPath, splitPath } from './values'

export interface CollectionInfo {
  env: string
  name: string
  table: string
  indexedPaths: string[]
  /** Indexed paths that have held an array: queries on them must use array-aware SQL. */
  arrayPaths: Set<string>
  uniqueIndexes: Map<string, string>
}

export function newId(): string {
  return randomBytes(16).toString('hex')
}

export function idText(id: Value): string {
  if (typeof id === 'string') return id
  if (typeof id === 'number') return String(id)
  throw invalid('_id must be a string or a number')
}

/** A document's identity across collections and envs (the key of locks and versions). */
export function docKey(c: CollectionInfo, id: string): string {
  return `${c.table}\u0000${id}`
}

export function pgCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null ? ((e as { code?: string }).code ?? undefined) : undefined
}

export function duplicateKey(c: CollectionInfo, e: unknown, doc: Doc): DbError {
  const detail = String((e as { constraint?: string; message?: string }).constraint ?? (e as Error).message ?? '')
  let index = '_id_'
  let key = `{ _id: ${JSON.stringify(doc._id)} }`
  for (const [name, path] of c.uniqueIndexes) {
    if (detail.includes(name)) {
      index = name.slice(name.indexOf('__') + 2)
      key = `{ ${path}: ${JSON.stringify(getPath(doc, splitPath(path)) ?? null)} }`
    }
  }
  return new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${c.name} index: ${index} dup key: ${key}`)
}
