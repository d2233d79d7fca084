import type { CollectionName } from '../../core/collections'
import { auditScopeOf } from './audit'
import type { Caller } from './caller'
import { getDb } from './cloud'

/**
 * Multi-document changes that must land together (pairing links in both directions, a binding and
 * its account link) run in `db.runTransaction`. WeChat allows only `doc()` reads/writes and `add()`
 * there, and a plain SDK call made inside the callback would wait for the transaction's own lock
 * locally, so everything goes through this unit of work:
 * - `get` reads a document once per transaction and caches it (null when missing), so later steps see
 *   the changes earlier steps made to it;
 * - `patch` merges field changes per document (plain values, applied to the cached copy at once);
 * - `add` queues an insert (an audit entry);
 * - the writes are sent when the callback has finished, still inside the transaction.
 * The callback may run again (the SDK retries on a write conflict), so it must only read through
 * `work` and decide from what it read.
 */
type Doc = Record<string, unknown> & { _id: string }

interface Tx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Doc | null }>
      update(options: { data: Record<string, unknown> }): Promise<unknown>
    }
    add(options: { data: Record<string, unknown> }): Promise<unknown>
  }
}

export class TxWork {
  private readonly docs = new Map<string, Doc | null>()
  private readonly patches = new Map<string, { name: CollectionName; id: string; fields: Record<string, unknown> }>()
  private readonly created = new Set<string>()
  private readonly inserts: Array<{ name: CollectionName; data: Record<string, unknown> }> = []

  constructor(private readonly tx: Tx) {}

  async get<T>(name: CollectionName, id: string): Promise<T | null> {
    const key = `${name}/${id}`
    if (!this.docs.has(key)) {
      let doc: Doc | null = null
      try {
        doc = (await this.tx.collection(name).doc(id).get()).data ?? null
      } catch (error) {
        if (!isMissingDocument(error)) throw error
      }
      this.docs.set(key, doc)
    }
    return (this.docs.get(key) ?? null) as T | null
  }

  /** Field changes to a document read earlier in this transaction (and not missing). */
  patch(name: CollectionName, id: string, fields: Record<string, unknown>): void {
    const key = `${name}/${id}`
    const doc = this.docs.get(key)
    if (!doc) throw new Error(`patch of ${key}, which was not read in this transaction`)
    Object.assign(doc, fields)
    // A document created in this transaction is inserted as it stands at the end: nothing to update.
    if (this.created.has(key)) return
    const pending = this.patches.get(key)
    if (pending) Object.assign(pending.fields, fields)
    else this.patches.set(key, { name, id, fields: { ...fields } })
  }

  add(name: CollectionName, data: Record<string, unknown>): void {
    this.inserts.push({ name, data })
  }

  /**
   * Inserts a document with a chosen `_id` (an idempotency key, an account id). Later `get`s in this
   * transaction see it; if the id is taken after all, the insert fails and the transaction with it.
   */
  create<T>(name: CollectionName, id: string, data: Record<string, unknown>): T {
    const doc = { ...data, _id: id }
    this.docs.set(`${name}/${id}`, doc)
    this.created.add(`${name}/${id}`)
    this.inserts.push({ name, data: doc })
    return doc as unknown as T
  }

  /** An audit entry written in the same transaction as the change it records (shape of _core/audit). */
  audit(caller: Caller, action: string, target: string, detail?: Record<string, unknown>): void {
    this.add('auditLogs', {
      actorOpenid: caller.openid,
      actorRole: caller.role,
      action,
      target,
      ...(detail ? { detail } : {}),
      scopePath: auditScopeOf(caller),
      at: getDb().serverDate(),
    })
  }

  async flush(): Promise<void> {
    for (const { name, id, fields } of this.patches.values()) {
      await this.tx.collection(name).doc(id).update({ data: fields })
    }
    for (const { name, data } of this.inserts) await this.tx.collection(name).add({ data })
  }
}

/** Runs `fn` in one transaction; its writes commit together (or, if it throws, not at all). */
export async function inTransaction<R>(fn: (work: TxWork) => Promise<R>): Promise<R> {
  const db = getDb() as unknown as { runTransaction(callback: (tx: Tx) => Promise<R>): Promise<R> }
  return db.runTransaction(async (tx) => {
    const work = new TxWork(tx)
    const result = await fn(work)
    await work.flush()
    return result
  })
}

function isMissingDocument(error: unknown): boolean {
  const text =
    error instanceof Error
      ? error.message
      : `${(error as { errMsg?: string })?.errMsg ?? ''} ${(error as { message?: string })?.message ?? ''}`
  return /does not exist|not exist|DOCUMENT_NOT_FOUND/i.test(text)
}
