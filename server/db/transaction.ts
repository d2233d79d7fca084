/**
 * SDK transactions (startTransaction … commitTransaction / abortTransaction arrive as separate HTTP
 * requests), the way the cloud database runs them:
 * - side by side: a transaction takes a snapshot (the commit sequence) at start, reads that snapshot
 *   plus its own buffered writes, and holds the store's lock only per statement and at commit;
 * - first writer wins: writing a document that another open transaction has written, or that was
 *   committed after this snapshot, fails at once with DATABASE_TRANSACTION_CONFLICT and aborts the
 *   transaction (its locks are released at once); a plain write that lands on a document after a
 *   transaction wrote it makes that transaction's commit fail with the same conflict;
 * - any failed request aborts the transaction: later requests and the commit answer
 *   DATABASE_TRANSACTION_FAIL and nothing of it is written;
 * - the commit applies the buffer in one PGlite transaction: a unique index taken meanwhile by
 *   another commit fails it with the duplicate-key error, all or nothing;
 * - one not committed or aborted within the cloud's limit (30 s, TRANSACTION_LIMIT_MS) is rolled
 *   back; later requests naming it answer DATABASE_TRANSACTION_FAIL.
 */
import type { Doc } from './ejson'
import { DbError, transactionConflict } from './errors'
import { docKey, duplicateKey, idText, newId, type CollectionInfo } from './documents'
import type { VersionHistory } from './versions'

/** docs.cloudbase.net/error-code/DATABASE_TRANSACTION_FAIL: "must be committed or aborted within 30 seconds". */
export const TRANSACTION_LIMIT_MS = 30_000

export interface BufferedWrite {
  c: CollectionInfo
  id: string
  /** The document as the transaction leaves it; null = removed. */
  doc: Doc | null
}

interface OpenTransaction {
  id: string
  snapshot: number
  writes: Map<string, BufferedWrite>
  /**
   * Documents read at the snapshot (null: missing). A snapshot never changes, so a second read of one
   * document (an update after a get, the insert's duplicate check) is answered from here.
   */
  seen: Map<string, Doc | null>
  failed?: string
  timer: NodeJS.Timeout
  queue: Promise<unknown>
}

/** What transactions need of the store (store.ts implements it; no import back, no cycle). */
export interface TransactionHost {
  readonly commitSeq: number
  readonly history: VersionHistory
  exclusive<T>(fn: (s: DocumentReader) => Promise<T>): Promise<T>
  commitWrites(snapshot: number, writes: BufferedWrite[], othersOpen: boolean): Promise<void>
}

interface DocumentReader {
  collection(env: string, name: unknown): Promise<CollectionInfo>
  getById(c: CollectionInfo, id: string): Promise<Doc | null>
}

const fail = (message: string) => new DbError('DATABASE_TRANSACTION_FAIL', message)

export class Transactions {
  private readonly open = new Map<string, OpenTransaction>()
  /** Document key → id of the open transaction that wrote it. */
  private readonly locks = new Map<string, string>()
  private readonly expired = new Map<string, true>()
  /** Write conflicts answered so far (local diagnostics, printed by the reliability tests). */
  conflicts = 0

  constructor(
    private readonly store: TransactionHost,
    private readonly timeoutMs: number,
  ) {}

  get openCount(): number {
    return this.open.size
  }

  oldestSnapshot(): number | undefined {
    let oldest: number | undefined
    for (const tx of this.open.values()) if (oldest === undefined || tx.snapshot < oldest) oldest = tx.snapshot
    return oldest
  }

  /** Under the store's lock, so no plain commit is half-recorded when the snapshot is taken. */
  start(): Promise<string> {
    return this.store.exclusive(async () => {
      const id = `tx_${newId()}`
      const timer = setTimeout(() => this.expire(id), this.timeoutMs)
      timer.unref?.()
      this.open.set(id, { id, snapshot: this.store.commitSeq, writes: new Map(), seen: new Map(), timer, queue: Promise.resolve() })
      return id
    })
  }

  /** The document as this transaction sees it (null: missing). */
  get(txId: string, env: string, collection: unknown, id: string): Promise<Doc | null> {
    return this.request(txId, async (tx) => this.read(tx, await this.collection(env, collection), id))
  }

  insert(txId: string, env: string, collection: unknown, docs: Doc[]): Promise<string[]> {
    return this.request(txId, async (tx) => {
      const c = await this.collection(env, collection)
      const ids: string[] = []
      for (const doc of docs) {
        if (doc._id === undefined || doc._id === null) doc._id = newId()
        const id = idText(doc._id)
        if (await this.read(tx, c, id)) throw duplicateKey(c, {}, doc)
        this.write(tx, c, id, doc)
        ids.push(id)
      }
      return ids
    })
  }

  /** A single-document write: `decide` gets the document as seen here; `next` undefined = no change. */
  modify<R>(
    txId: string,
    env: string,
    collection: unknown,
    id: string,
    decide: (current: Doc | null) => { next?: Doc | null; reply: R },
  ): Promise<R> {
    return this.request(txId, async (tx) => {
      const c = await this.collection(env, collection)
      const { next, reply } = decide(await this.read(tx, c, id))
      if (next !== undefined) this.write(tx, c, id, next)
      return reply
    })
  }

  commit(txId: string): Promise<void> {
    const tx = this.lookup(txId)
    return this.enqueue(tx, async () => {
      this.lookup(txId)
      try {
        if (tx.failed) throw fail(`transaction ${txId} was aborted by a failed request (${tx.failed}): nothing of it was written`)
        await this.store.commitWrites(tx.snapshot, [...tx.writes.values()], this.open.size > 1)
      } catch (e) {
        if (e instanceof DbError && e.code === 'DATABASE_TRANSACTION_CONFLICT') this.conflicts++
        throw e
      } finally {
        this.finish(tx)
      }
    })
  }

  abort(txId: string): Promise<void> {
    const tx = this.lookup(txId)
    return this.enqueue(tx, async () => {
      this.lookup(txId)
      this.finish(tx)
    })
  }

  /** Marks a transaction aborted after one of its requests failed before reaching it (bad input). */
  markFailed(txId: string, error: unknown): void {
    const tx = this.open.get(txId)
    if (tx && !tx.failed) this.abandon(tx, error)
  }

  /** Is `key` written by an open transaction other than `txId`? */
  lockedByOther(key: string, txId?: string): boolean {
    const holder = this.locks.get(key)
    return holder !== undefined && holder !== txId
  }

  closeAll(): void {
    for (const tx of [...this.open.values()]) this.finish(tx)
  }

  private collection(env: string, name: unknown): Promise<CollectionInfo> {
    return this.store.exclusive((s) => s.collection(env, name))
  }

  private async read(tx: OpenTransaction, c: CollectionInfo, id: string): Promise<Doc | null> {
    const key = docKey(c, id)
    const own = tx.writes.get(key)
    if (own) return own.doc
    const seen = tx.seen.get(key)
    if (seen !== undefined) return seen
    const doc = await this.store.exclusive(async (s) => {
      const old = this.store.history.versionAt(key, tx.snapshot)
      return old ? old.doc : s.getById(c, id)
    })
    tx.seen.set(key, doc)
    return doc
  }

  private write(tx: OpenTransaction, c: CollectionInfo, id: string, doc: Doc | null): void {
    const key = docKey(c, id)
    if (this.open.get(tx.id) !== tx) this.lookup(tx.id)
    if (this.lockedByOther(key, tx.id) || this.store.history.changedAfter(key, tx.snapshot)) {
      this.conflicts++
      throw transactionConflict(c.name, id)
    }
    this.locks.set(key, tx.id)
    tx.writes.set(key, { c, id, doc })
  }

  private lookup(txId: string): OpenTransaction {
    const tx = this.open.get(txId)
    if (tx) return tx
    if (this.expired.has(txId))
      throw fail(
        `transaction ${txId} does not exist: it was not committed or aborted within ${this.timeoutMs / 1000} seconds and was rolled back`,
      )
    throw fail(`transaction ${txId} does not exist or was already finished`)
  }

  private enqueue<T>(tx: OpenTransaction, fn: () => Promise<T>): Promise<T> {
    const next = tx.queue.then(fn, fn)
    tx.queue = next.catch(() => undefined)
    return next
  }

  /** One request of a transaction, after the earlier ones; a failure aborts the transaction. */
  private request<T>(txId: string, fn: (tx: OpenTransaction) => Promise<T>): Promise<T> {
    const tx = this.lookup(txId)
    return this.enqueue(tx, async () => {
      this.lookup(txId)
      if (tx.failed) throw fail(`transaction ${txId} was aborted by a failed request (${tx.failed})`)
      try {
        return await fn(tx)
      } catch (e) {
        this.abandon(tx, e)
        throw e
      }
    })
  }

  /** A failed transaction keeps its id (so later requests are told why) but no locks and no writes. */
  private abandon(tx: OpenTransaction, error: unknown): void {
    tx.failed = error instanceof Error ? error.message : String(error)
    this.releaseLocks(tx)
    tx.writes.clear()
    tx.seen.clear()
  }

  private releaseLocks(tx: OpenTransaction): void {
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx.id) this.locks.delete(key)
  }

  private finish(tx: OpenTransaction): void {
    clearTimeout(tx.timer)
    this.releaseLocks(tx)
    this.open.delete(tx.id)
    this.store.history.prune(this.oldestSnapshot())
  }

  private expire(id: string): void {
    const tx = this.open.get(id)
    if (!tx) return
    this.finish(tx)
    this.expired.set(id, true)
    if (this.expired.size > 10_000) this.expired.delete(this.expired.keys().next().value as string)
  }
}
