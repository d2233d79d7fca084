import type { CollectionName } from '../../core/collections'
import { getDb, type Database } from './cloud'

/**
 * Typed helpers over the SDK's results. The SDK types every call as `Promise<R> | void | string`
 * (callback and mini-program variants share one declaration); on the server it is always a promise.
 */
type SdkReturn<R> = Promise<R> | void | string

async function settle<R>(value: SdkReturn<R>): Promise<R> {
  if (!value || typeof value === 'string') throw new Error('wx-server-sdk returned no promise')
  return value
}

export type Filter = Record<string, unknown>
type Collection = ReturnType<Database['collection']>
type Query = ReturnType<Collection['where']>

export function collection(name: CollectionName): Collection {
  return getDb().collection(name)
}

export function command() {
  return getDb().command
}

export function serverDate() {
  return getDb().serverDate()
}

/** A document by `_id`, or null (the SDK's doc().get() throws for a missing document). */
export async function findById<T>(name: CollectionName, id: string): Promise<T | null> {
  const res = await settle(collection(name).where({ _id: id }).limit(1).get())
  return (res.data[0] as T | undefined) ?? null
}

export interface FindOptions {
  orderBy?: Array<[field: string, direction: 'asc' | 'desc']>
  limit?: number
  fields?: Record<string, boolean>
}

export async function findMany<T>(name: CollectionName, filter: Filter, options: FindOptions = {}): Promise<T[]> {
  let query: Query = collection(name).where(filter)
  for (const [field, direction] of options.orderBy ?? []) query = query.orderBy(field, direction)
  if (options.fields) query = query.field(options.fields)
  const res = await settle(query.limit(options.limit ?? 100).get())
  return res.data as T[]
}

/**
 * `filter` and `extra` together. Two plain objects with different fields are merged (the form the
 * indexes are planned for); anything else (`_.and`, `_.or`, … or the same field twice) is `_.and`.
 */
export function andWhere(filter: Filter, extra: Filter): Filter {
  const plain = isPlain(filter) && isPlain(extra) && Object.keys(extra).every((key) => !(key in filter))
  return plain ? { ...filter, ...extra } : (command().and([filter, extra]) as unknown as Filter)
}

function isPlain(filter: Filter): boolean {
  return Object.getPrototypeOf(filter) === Object.prototype
}

/**
 * Every document matching `filter`, read `size` at a time in order of a unique key (`_id`, or a sort
 * key that ends in the id), each page starting after the last: never a skip, however many there are.
 */
export async function findAll<T extends { _id: string }>(
  name: CollectionName,
  filter: Filter,
  options: { by?: keyof T & string; size?: number; fields?: Record<string, boolean> } = {},
): Promise<T[]> {
  const by = options.by ?? '_id'
  const size = options.size ?? 1000
  const fields = options.fields ? { ...options.fields, [by]: true } : undefined
  const all: T[] = []
  for (;;) {
    const last = all[all.length - 1]
    const where = last ? andWhere(filter, { [by]: command().gt(last[by]) }) : filter
    const page = await findMany<T>(name, where, { orderBy: [[by, 'asc']], limit: size, ...(fields ? { fields } : {}) })
    all.push(...page)
    if (page.length < size) return all
  }
}

/** The documents with these ids (any that exist), 100 ids per request; a Map by `_id`. */
export async function findByIds<T extends { _id: string }>(
  name: CollectionName,
  ids: Iterable<string>,
  fields?: Record<string, boolean>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)]
  const found = new Map<string, T>()
  for (let i = 0; i < unique.length; i += 100) {
    const chunk = unique.slice(i, i + 100)
    const docs = await findMany<T>(name, { _id: command().in(chunk) }, { limit: chunk.length, ...(fields ? { fields } : {}) })
    for (const doc of docs) found.set(doc._id, doc)
  }
  return found
}

export async function findOne<T>(name: CollectionName, filter: Filter): Promise<T | null> {
  const [first] = await findMany<T>(name, filter, { limit: 1 })
  return first ?? null
}

export async function countWhere(name: CollectionName, filter: Filter): Promise<number> {
  return (await settle(collection(name).where(filter).count())).total
}

export async function insert(name: CollectionName, data: Record<string, unknown>): Promise<string> {
  const res = await settle(collection(name).add({ data }))
  return String(res._id)
}

/**
 * Inserts many documents in one request (`add({ data: [...] })`; the server SDK answers `{ _ids }`).
 * A duplicate key anywhere in the batch rejects the call with the same E11000 error as a single add.
 * The local stand-in rolls the whole batch back. Whether the cloud keeps the documents before the
 * clash (an ordered insertMany would) is unverified: a caller that retries row by row stays correct
 * either way (deterministic ids), but would count such rows as duplicates, not as written.
 */
export async function insertMany(name: CollectionName, docs: Array<Record<string, unknown>>): Promise<string[]> {
  if (!docs.length) return []
  // The SDK declares `data` as one document; on the server an array is a batch insert.
  const res = (await settle(collection(name).add({ data: docs as unknown as Record<string, unknown> }))) as unknown as { _ids?: unknown[] }
  if (!Array.isArray(res._ids)) throw new Error('wx-server-sdk returned no ids for a batch insert')
  return res._ids.map(String)
}

/** Conditional update: returns how many documents matched the filter and were changed. */
export async function updateWhere(name: CollectionName, filter: Filter, data: Record<string, unknown>): Promise<number> {
  const res = await settle(collection(name).where(filter).update({ data }))
  return res.stats.updated
}

export async function aggregate<T>(
  name: CollectionName,
  build: (agg: ReturnType<Collection['aggregate']>) => ReturnType<Collection['aggregate']>,
): Promise<T[]> {
  const res = await settle(build(collection(name).aggregate()).end())
  return res.list as T[]
}
