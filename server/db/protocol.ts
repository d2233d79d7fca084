/**
 * The SDK's database actions → store operations → replies in the exact shapes @cloudbase/database
 * 1.4.3 (inside wx-server-sdk 4.0.2) reads:
 *   getDocument          { data: { list: [ejsonString], limit, offset } }
 *   calculateDocument    { data: { total } }
 *   insertDocument       { data: { insertedIds } }
 *   modifyDocument       { data: { updated, upsert_id } }
 *   modifyAndReturnDoc   { data: { updated, doc: ejsonString } }
 *   removeDocument       { data: { deleted } }
 *   aggregateDocuments   { data: { list: [ejsonString] } }
 *   startTransaction     { transactionId }        commit/abortTransaction {}
 * Documents in a transaction arrive as the same actions carrying `transactionId`.
 */
import { aggregate, type Stage } from './aggregate'
import { decodeText, encodeText, isPlainObject, type Doc, type Value } from './ejson'
import { DbError, invalid } from './errors'
import { isOperatorObject, type Filter } from './matcher'
import type { CollectionInfo, FindOptions, Session, Store } from './store'
import { applyUpdate } from './update'
import { project, valuesEqual } from './values'

export const GET_DEFAULT_LIMIT = 100
export const GET_MAX_LIMIT = 1000

export type Params = Record<string, unknown>
export type Reply = Record<string, unknown>

interface Request {
  store: Store
  env: string
  params: Params
  now: number
}

function decodeObject(text: unknown, now: number, what: string): Doc {
  const v = decodeText(text, now)
  if (!isPlainObject(v)) throw invalid(`${what} must be an object`)
  return v
}

function filterOf(r: Request): Filter {
  return r.params.query === undefined || r.params.query === '' ? {} : decodeObject(r.params.query, r.now, 'query')
}

function transactionOf(r: Request): string | undefined {
  const t = r.params.transactionId
  return typeof t === 'string' && t ? t : undefined
}

/** WeChat transactions may only address single documents (doc()) and add(). */
function checkTransactionQuery(r: Request): void {
  if (transactionOf(r) && r.params.queryType === 'WHERE') {
    throw new DbError('DATABASE_REQUEST_FAILED', 'transaction only supports operations on a single document: use doc(id) or add()')
  }
}

/** A plain request (its own atomic unit); transactions go through r.store.transactions. */
function run<T>(r: Request, fn: (s: Session, c: CollectionInfo) => Promise<T>): Promise<T> {
  return r.store.run(async (s) => fn(s, await s.collection(r.env, r.params.collectionName)))
}

/** A plain request that only reads (no BEGIN/COMMIT: see Store.read). */
function read<T>(r: Request, fn: (s: Session, c: CollectionInfo) => Promise<T>): Promise<T> {
  return r.store.read(async (s) => fn(s, await s.collection(r.env, r.params.collectionName)))
}

/** The `_id` a transaction request addresses (doc(id): the query is exactly `{ _id }`). */
function docIdOf(r: Request): string {
  checkTransactionQuery(r)
  const filter = filterOf(r)
  const keys = Object.keys(filter)
  const id = filter._id
  if (keys.length !== 1 || (typeof id !== 'string' && typeof id !== 'number'))
    throw new DbError('DATABASE_REQUEST_FAILED', 'transaction only supports operations on a single document: use doc(id) or add()')
  return String(id)
}

function intParam(v: unknown, name: string): number | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw invalid(`${name} must be a non-negative integer`)
  return v
}

function findRequest(r: Request): { filter: Filter; opts: FindOptions } {
  const filter = filterOf(r)
  const orderSpec = r.params.order ? decodeObject(r.params.order, r.now, 'order') : {}
  const order = Object.entries(orderSpec).map(([k, d]): [string, 1 | -1] => [k, d === -1 || d === 'desc' ? -1 : 1])
  const projection = r.params.projection ? decodeObject(r.params.projection, r.now, 'projection') : undefined
  const limit = Math.min(intParam(r.params.limit, 'limit') || GET_DEFAULT_LIMIT, GET_MAX_LIMIT)
  const skip = intParam(r.params.offset, 'offset') ?? 0
  return { filter, opts: { order, skip, limit, projection } }
}

async function getDocument(r: Request): Promise<Reply> {
  const tx = transactionOf(r)
  if (tx) {
    const { opts } = findRequest(r)
    const doc = await r.store.transactions.get(tx, r.env, r.params.collectionName, docIdOf(r))
    return { data: { list: doc ? [encodeText(project(doc, opts.projection))] : [], limit: opts.limit, offset: 0 } }
  }
  checkTransactionQuery(r)
  const { filter, opts } = findRequest(r)
  const docs = await read(r, (s, c) => s.find(c, filter, opts))
  return { data: { list: docs.map(encodeText), limit: opts.limit, offset: opts.skip } }
}

/** Local only (POST <mount>/_local/explain): the plan of a getDocument request body. */
export async function explainGet(store: Store, env: string, params: Params): Promise<Reply> {
  const r: Request = { store, env, params, now: Date.now() }
  const { filter, opts } = findRequest(r)
  return { data: await read(r, (s, c) => s.explain(c, filter, opts)) }
}

async function calculateDocument(r: Request): Promise<Reply> {
  if (transactionOf(r)) throw new DbError('DATABASE_REQUEST_FAILED', 'count is not supported in a transaction')
  const filter = filterOf(r)
  const total = await read(r, (s, c) => s.count(c, filter))
  return { data: { total } }
}

async function insertDocument(r: Request): Promise<Reply> {
  const raw = r.params.data
  if (!Array.isArray(raw) || raw.length === 0) throw invalid('data must be a non-empty array of documents')
  const docs = raw.map((t) => decodeObject(t, r.now, 'document'))
  const tx = transactionOf(r)
  const insertedIds = tx
    ? await r.store.transactions.insert(tx, r.env, r.params.collectionName, docs)
    : await run(r, (s, c) => s.insert(c, docs))
  return { data: { insertedIds } }
}

/** Equality conditions of a filter, the seed of an upserted document. */
function equalityFields(filter: Filter): Doc {
  const out: Doc = {}
  for (const [k, v] of Object.entries(filter)) if (!k.startsWith('$') && !isOperatorObject(v)) out[k] = v
  return out
}

async function modifyDocument(r: Request): Promise<Reply> {
  checkTransactionQuery(r)
  const filter = filterOf(r)
  const data = decodeObject(r.params.data, r.now, 'data')
  const merge = r.params.merge !== false
  const multi = r.params.multi === true
  const upsert = r.params.upsert === true
  if (!merge && Object.keys(data).some((k) => k.startsWith('$'))) throw invalid('set() data cannot contain update operators')
  if (!merge && '_id' in data) throw invalid('cannot change _id')
  const next = (doc: Doc) => (merge ? applyUpdate(doc, data) : { _id: doc._id, ...data })
  const seeded = () => {
    const seed = equalityFields(filter)
    return merge ? applyUpdate(seed, data) : { ...(seed._id !== undefined ? { _id: seed._id } : {}), ...data }
  }
  const tx = transactionOf(r)
  if (tx) {
    const id = docIdOf(r)
    return r.store.transactions.modify<Reply>(tx, r.env, r.params.collectionName, id, (doc) => {
      if (doc) {
        const after = next(doc)
        return valuesEqual(after, doc) ? { reply: { data: { updated: 0 } } } : { next: after, reply: { data: { updated: 1 } } }
      }
      if (!upsert) return { reply: { data: { updated: 0 } } }
      return { next: { ...seeded(), _id: id }, reply: { data: { updated: 0, upsert_id: id } } }
    })
  }
  return run(r, async (s, c) => {
    const found = await s.find(c, filter, multi ? {} : { limit: 1 })
    let updated = 0
    for (const doc of found) {
      const after = next(doc)
      if (valuesEqual(after, doc)) continue
      await s.replace(c, after, doc)
      updated++
    }
    if (found.length || !upsert) return { data: { updated } }
    const [id] = await s.insert(c, [seeded()])
    return { data: { updated: 0, upsert_id: id } }
  })
}

async function modifyAndReturnDoc(r: Request): Promise<Reply> {
  if (transactionOf(r)) throw new DbError('DATABASE_REQUEST_FAILED', 'updateAndReturn is not supported in a transaction')
  const filter = filterOf(r)
  const data = decodeObject(r.params.data, r.now, 'data')
  return run(r, async (s, c) => {
    const [doc] = await s.find(c, filter, { limit: 1 })
    if (!doc) return { data: { updated: 0, doc: null } }
    const next = applyUpdate(doc, data)
    const changed = !valuesEqual(next, doc)
    if (changed) await s.replace(c, next, doc)
    return { data: { updated: changed ? 1 : 0, doc: encodeText(next) } }
  })
}

async function removeDocument(r: Request): Promise<Reply> {
  const tx = transactionOf(r)
  if (tx) {
    return r.store.transactions.modify(tx, r.env, r.params.collectionName, docIdOf(r), (doc) =>
      doc ? { next: null, reply: { data: { deleted: 1 } } } : { reply: { data: { deleted: 0 } } },
    )
  }
  checkTransactionQuery(r)
  const filter = filterOf(r)
  const multi = r.params.multi === true
  const deleted = await run(r, async (s, c) => {
    const found = await s.find(c, filter, multi ? { projection: { _id: 1 } } : { limit: 1, projection: { _id: 1 } })
    return s.remove(
      c,
      found.map((d) => String(d._id)),
    )
  })
  return { data: { deleted } }
}

async function aggregateDocuments(r: Request): Promise<Reply> {
  if (transactionOf(r)) throw new DbError('DATABASE_REQUEST_FAILED', 'aggregate is not supported in a transaction')
  const raw = r.params.stages
  if (!Array.isArray(raw)) throw invalid('stages must be an array')
  const stages: Stage[] = raw.map((st) => {
    if (!isPlainObject(st as Value) || typeof (st as Params).stageKey !== 'string') throw invalid('bad aggregate stage')
    const { stageKey, stageValue } = st as { stageKey: string; stageValue: unknown }
    return { key: stageKey.startsWith('$') ? stageKey : `$${stageKey}`, value: decodeText(stageValue, r.now) }
  })
  const docs = await read(r, (s, c) => aggregate(s, c, stages))
  return { data: { list: docs.map(encodeText) } }
}

function requireTransaction(r: Request): string {
  const id = transactionOf(r)
  if (!id) throw invalid('transactionId is required')
  return id
}

/** A failed request inside a transaction aborts it, as in the cloud (later requests and commit fail). */
export async function dispatch(store: Store, env: string, params: Params): Promise<Reply> {
  const r: Request = { store, env, params, now: Date.now() }
  const tx = transactionOf(r)
  try {
    return await dispatchAction(r)
  } catch (e) {
    if (tx && params.action !== 'database.commitTransaction' && params.action !== 'database.abortTransaction')
      store.transactions.markFailed(tx, e)
    throw e
  }
}

/** The document actions, each answered by its own function above. */
const DOCUMENT_ACTIONS = new Map<unknown, (r: Request) => Promise<Reply>>([
  ['database.getDocument', getDocument],
  ['database.calculateDocument', calculateDocument],
  ['database.insertDocument', insertDocument],
  ['database.modifyDocument', modifyDocument],
  ['database.modifyAndReturnDoc', modifyAndReturnDoc],
  ['database.removeDocument', removeDocument],
  ['database.aggregateDocuments', aggregateDocuments],
])

async function dispatchAction(r: Request): Promise<Reply> {
  const { store, env, params } = r
  const documentAction = DOCUMENT_ACTIONS.get(params.action)
  if (documentAction) return documentAction(r)
  switch (params.action) {
    case 'database.startTransaction':
      return { transactionId: await store.transactions.start() }
    case 'database.commitTransaction':
      await store.transactions.commit(requireTransaction(r))
      return {}
    case 'database.abortTransaction':
      await store.transactions.abort(requireTransaction(r))
      return {}
    case 'database.addCollection':
      await store.addCollection(env, params.collectionName)
      return {}
    default:
      throw new DbError('DATABASE_REQUEST_FAILED', `action ${String(params.action)} is not supported by the local cloud`)
  }
}
