import type { CollectionName } from '../../core/collections'
import { auditEntry } from './audit'
import type { Caller } from './caller'
import { getDb } from './cloud'
import { errorText, isDuplicateKeyError } from './db-errors'
import { inLane } from './lane'

/**
 * Multi-document changes that must land together (pairing links in both directions, a binding and
 * its account link) run in `db.runTransaction`. WeChat allows only `doc()` reads/writes and `add()`
 * there, and a plain SDK call made inside the callback is not part of the transaction (it neither sees
 * its writes nor commits with it), so everything goes through this unit of work:
 * - `get` reads a document once per transaction and caches it (null when missing), so later steps see
 *   the changes earlier steps made to it;
 * - `patch` merges field changes per document (plain values, applied to the cached copy at once);
 * - `add` queues an insert (an audit entry);
 * - `increment` adds to a statistic, blindly (`_.inc`, no read) once this instance has seen it;
 * - the writes are sent when the callback has finished, still inside the transaction.
 * The callback may run again — `inTransaction` reruns it after a write conflict or a lost
 * create-if-missing race — so it must only read through `work` and decide from what it read.
 */
type Doc = Record<string, unknown> & { _id: string }

interface Tx {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Doc | null }>
      /** wx-server-sdk answers `{ stats: { updated }, errMsg }`. */
      update(options: { data: Record<string, unknown> }): Promise<{ stats?: { updated?: number } }>
    }
    add(options: { data: Record<string, unknown> }): Promise<unknown>
  }
}

/** How `increment` changes a document: the numbers added, plain fields set, the document if new. */
export interface Increment {
  inc: Record<string, number>
  set: Record<string, unknown>
  initial: Record<string, unknown>
}

/**
 * Documents this instance has seen existing, of the kinds `increment` writes (statistics, never
 * removed): the next increment of one adds to it blindly instead of reading it first.
 */
const knownToExist = new Set<string>()

export class TxWork {
  private readonly docs = new Map<string, Doc | null>()
  private readonly patches = new Map<string, { name: CollectionName; id: string; fields: Record<string, unknown> }>()
  private readonly created = new Set<string>()
  private readonly inserts: Array<{ name: CollectionName; data: Record<string, unknown> }> = []
  private readonly increments: Array<{ name: CollectionName; id: string; change: Increment }> = []
  /** Unique indexes (other than `_id`) whose values this run drew at random: see `drawn`. */
  readonly drawnIndexes = new Set<string>()
  /** Documents `increment` creates: known to exist once the transaction has committed. */
  private readonly incrementCreated: string[] = []

  /**
   * 1 on the first run of the callback, 2… on reruns after a conflict or a lost insert race. A
   * callback may skip a read that only a race can make necessary on its first run (its insert then
   * fails and the rerun reads).
   */
  constructor(
    private readonly tx: Tx,
    readonly attempt = 1,
  ) {}

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

  /**
   * Adds to number fields of a document that many units write (a statistic) without holding it in
   * this transaction's reads: a document this instance has seen before gets one `_.inc` update at
   * flush, still inside the transaction (two units adding to it at once conflict like any two
   * writers). Its first time in an instance, and on a rerun, it is read and patched or created.
   */
  async increment(name: CollectionName, id: string, change: Increment): Promise<void> {
    const key = `${name}/${id}`
    if (this.attempt === 1 && knownToExist.has(key) && !this.docs.has(key)) {
      this.increments.push({ name, id, change })
      return
    }
    const current = await this.get<Record<string, unknown>>(name, id)
    if (current) knownToExist.add(key)
    if (!current) {
      this.create(name, id, change.initial)
      this.incrementCreated.push(key)
    } else this.patch(name, id, { ...added(current, change.inc), ...change.set })
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

  /**
   * The next insert carries a value drawn at random for the unique index `index` (a pickup code): if
   * another document holds it already, the insert fails at commit and the whole callback reruns,
   * drawing again, as after a lost create-if-missing race.
   */
  drawn(index: string): void {
    this.drawnIndexes.add(index)
  }

  /**
   * The same fields whether the document exists or not: patched into it, or a new document with them
   * (read through this transaction, so a document read earlier costs no request). Answers the
   * document as it now stands.
   */
  async put<T>(name: CollectionName, id: string, fields: Record<string, unknown>): Promise<T> {
    if (await this.get(name, id)) this.patch(name, id, fields)
    else this.create(name, id, fields)
    return (await this.get<T>(name, id))!
  }

  /** An audit entry written in the same transaction as the change it records (shape of _core/audit). */
  audit(caller: Caller, action: string, target: string, detail?: Record<string, unknown>): void {
    this.add('auditLogs', auditEntry(caller, action, target, detail, getDb().serverDate()))
  }

  /** After the commit: what `increment` created is there now. */
  committed(): void {
    for (const key of this.incrementCreated) knownToExist.add(key)
  }

  async flush(): Promise<void> {
    for (const { name, id, fields } of this.patches.values()) {
      await this.tx.collection(name).doc(id).update({ data: fields })
    }
    for (const { name, id, change } of this.increments) {
      const _ = getDb().command
      const inc = Object.fromEntries(Object.entries(change.inc).map(([field, n]) => [field, _.inc(n)]))
      const { stats } = await this.tx
        .collection(name)
        .doc(id)
        .update({ data: { ...inc, ...change.set } })
      // Gone after all (only a test's reset of the database removes one): created as new.
      if (!stats?.updated) {
        knownToExist.delete(`${name}/${id}`)
        await this.tx.collection(name).add({ data: { ...change.initial, _id: id } })
      }
    }
    for (const { name, data } of this.inserts) await this.tx.collection(name).add({ data })
  }
}

function added(current: Record<string, unknown>, inc: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(inc).map(([field, n]) => [field, ((current[field] as number | undefined) ?? 0) + n]))
}

/**
 * Thrown when a unit of work kept losing write conflicts: createFunction answers COMMON.BUSY
 * (请稍后再试, retryable) — nothing of the unit was written.
 */
export class BusyError extends Error {
  constructor(readonly tries: number) {
    super(`transaction still conflicting after ${tries} tries`)
  }
}

/**
 * Tries of one unit of work, and the backoff between them: equal jitter, doubling from about one
 * short transaction's time (10 ms) to 400 ms — at most ~1.8 s of waiting in all.
 */
export const TX_TRIES = 10
const BACKOFF_BASE_MS = 10
const BACKOFF_CAP_MS = 400

/** Conflicts met by this function instance (printed by the reliability tests and the benches). */
export const txStats = { conflicts: 0, duplicateRaces: 0, busy: 0 }

/**
 * A write conflict as the cloud answers it. wx-server-sdk 4.0.2 surfaces one reported on an
 * in-transaction doc() write as errCode -501001 with the service's message ("database transaction
 * conflict…"), and one reported at commit as the raw `{ code: 'DATABASE_TRANSACTION_CONFLICT' }`
 * (see server/db/errors.ts for where in the SDK's source). The SDK retries only the second kind.
 */
export function isWriteConflict(error: unknown): boolean {
  const e = error as { code?: unknown; errCode?: unknown } | null
  if (e?.code === 'DATABASE_TRANSACTION_CONFLICT') return true
  return /DATABASE_TRANSACTION_CONFLICT|transaction conflict|WriteConflict/i.test(errorText(error))
}

/**
 * A lost "create if missing" race — another unit inserted the same chosen `_id` first — or a value
 * drawn at random for a unique index (TxWork.drawn) that was taken.
 */
function isIdRace(error: unknown, work: TxWork | undefined): boolean {
  if (!isDuplicateKeyError(error)) return false
  const index = /index: ([\w.]+)/.exec(errorText(error))?.[1]
  return index === '_id_' || (index !== undefined && Boolean(work?.drawnIndexes.has(index)))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `fn` in one transaction; its writes commit together (or, if it throws, not at all). A write
 * conflict or a lost create-if-missing race reruns the whole callback on fresh reads, with jittered
 * exponential backoff, up to TX_TRIES times; then BusyError (COMMON.BUSY). HONGLIN_TX_RETRY=off
 * turns the reruns off (the reliability suite proves with it that the conflicts are real).
 */
export async function inTransaction<R>(fn: (work: TxWork) => Promise<R>): Promise<R> {
  const db = getDb() as unknown as { runTransaction(callback: (tx: Tx) => Promise<R>, times?: number): Promise<R> }
  const tries = process.env.HONGLIN_TX_RETRY === 'off' ? 1 : TX_TRIES
  for (let attempt = 1; ; attempt++) {
    let work: TxWork | undefined
    try {
      // times = 0: the SDK's own commit-conflict retry is off, this loop owns the budget.
      const result = await db.runTransaction(async (tx) => {
        work = new TxWork(tx, attempt)
        const result = await fn(work)
        await work.flush()
        return result
      }, 0)
      work?.committed()
      return result
    } catch (error) {
      const conflict = isWriteConflict(error)
      if (!conflict && !isIdRace(error, work)) throw error
      if (conflict) txStats.conflicts++
      else txStats.duplicateRaces++
      if (attempt >= tries) {
        txStats.busy++
        throw new BusyError(attempt)
      }
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1))
      await sleep(ceiling / 2 + Math.random() * (ceiling / 2))
    }
  }
}

/**
 * `inTransaction` in the in-process lane `lane` (_core/lane.ts): for units that all write one hot
 * document of a key — a person's points account — so this instance's own bursts queue instead of
 * conflicting (other instances still conflict; the reruns absorb those).
 */
export function inTransactionFor<R>(lane: string, fn: (work: TxWork) => Promise<R>): Promise<R> {
  return inLane(lane, () => inTransaction(fn))
}

/**
 * Creates a document once per chosen id (an idempotency key): a repeated request finds the one stored
 * and writes nothing. `created` tells which it was.
 */
export function createOnce<T>(name: CollectionName, id: string, create: (work: TxWork) => T): Promise<{ doc: T; created: boolean }> {
  return inTransaction(async (work) => {
    const existing = await work.get<T>(name, id)
    return existing ? { doc: existing, created: false } : { doc: create(work), created: true }
  })
}

function isMissingDocument(error: unknown): boolean {
  const text =
    error instanceof Error
      ? error.message
      : `${(error as { errMsg?: string })?.errMsg ?? ''} ${(error as { message?: string })?.message ?? ''}`
  return /does not exist|not exist|DOCUMENT_NOT_FOUND/i.test(text)
}
