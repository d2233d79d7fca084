/**
 * PGlite storage: one Postgres schema per cloud env, one table `(_id text primary key, data jsonb)`
 * per collection, one btree expression index per IndexSpec of core/collections.ts.
 *
 * Concurrency, as in the cloud database (a MongoDB-like document store with snapshot transactions):
 * PGlite is one connection, so a Mutex is held per plain request (its own BEGIN/COMMIT), per statement
 * of a transaction and per commit — never across a transaction. Transactions (server/db/transaction.ts)
 * run side by side: each reads a snapshot plus its own buffered writes and applies the buffer at
 * commit; superseded versions live in memory (versions.ts) while an open transaction can see them.
 */
import { PGlite, protocol } from '@electric-sql/pglite'
import { COLLECTIONS, type CollectionSpec } from '../../core/collections'
import { fromJs, isPlainObject, type Doc } from './ejson'
import { collectionNotExists, DbError, invalid, transactionConflict } from './errors'
import { jsonExpr, orderSql, SqlBuilder } from './filter-sql'
import { matches, type Filter } from './matcher'
import { Mutex } from './mutex'
import { pgQuery } from './pg-query'
import { docKey, duplicateKey, idText, newId, pgCode, type CollectionInfo } from './documents'
import { TRANSACTION_LIMIT_MS, Transactions, type BufferedWrite } from './transaction'
import { getPath, pathCandidates, project, splitPath } from './values'
import { VersionHistory } from './versions'

export interface FindOptions {
  order?: Array<[string, 1 | -1]>
  skip?: number
  limit?: number
  projection?: Doc
}

const MANIFEST: Record<string, CollectionSpec> = COLLECTIONS

function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`
}

export function schemaName(env: string): string {
  const safe = env
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 40)
  // A short hash keeps distinct env names distinct after sanitising.
  let h = 0
  for (const ch of env) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0
  return `env_${safe}_${h.toString(36)}`
}

export function validCollectionName(name: unknown): name is string {
  return typeof name === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(name) && !name.startsWith('_')
}

/** Data operations, valid while the caller holds the lock (plain request or transaction). */
export class Session {
  constructor(
    readonly store: Store,
    private readonly pg: PGlite,
  ) {}

  collection(env: string, name: unknown): Promise<CollectionInfo> {
    return this.store.collectionInfo(env, name)
  }

  private scalarPaths(c: CollectionInfo): Set<string> {
    return new Set(c.indexedPaths.filter((p) => !c.arrayPaths.has(p)))
  }

  /** The SELECT a find() runs; `exact` false means rows still go through the JS matcher. */
  findSql(c: CollectionInfo, filter: Filter, opts: FindOptions = {}): { sql: string; params: unknown[]; exact: boolean } {
    const b = new SqlBuilder({ scalarPaths: this.scalarPaths(c) })
    const where = b.filter(filter)
    const order = orderSql(b, opts.order ?? [], this.scalarPaths(c))
    let sql = `SELECT data FROM ${c.table} WHERE ${where.sql}${order}`
    if (where.exact) {
      if (opts.limit !== undefined) sql += ` LIMIT ${b.param(opts.limit)}`
      if (opts.skip) sql += ` OFFSET ${b.param(opts.skip)}`
    }
    return { sql, params: b.params, exact: where.exact }
  }

  async find(c: CollectionInfo, filter: Filter, opts: FindOptions = {}): Promise<Doc[]> {
    const q = this.findSql(c, filter, opts)
    const rows = (await pgQuery<{ data: Doc }>(this.pg, q.sql, q.params)).rows
    if (q.exact) return rows.map((r) => project(r.data, opts.projection))
    // The SQL was a pre-filter (already in the requested order): decide the rest in JS.
    const skip = opts.skip ?? 0
    const hits = rows.map((r) => r.data).filter((d) => matches(d, filter))
    const end = opts.limit === undefined ? undefined : skip + opts.limit
    return hits.slice(skip, end).map((d) => project(d, opts.projection))
  }

  /** EXPLAIN of the query a find() would run (local diagnostics: proves index use). */
  async explain(c: CollectionInfo, filter: Filter, opts: FindOptions = {}): Promise<{ exact: boolean; plan: string }> {
    const q = this.findSql(c, filter, opts)
    const rows = (await pgQuery<{ 'QUERY PLAN': string }>(this.pg, `EXPLAIN ${q.sql}`, q.params)).rows
    return { exact: q.exact, plan: rows.map((r) => r['QUERY PLAN']).join('\n') }
  }

  async count(c: CollectionInfo, filter: Filter): Promise<number> {
    const b = new SqlBuilder({ scalarPaths: this.scalarPaths(c) })
    const where = b.filter(filter)
    if (where.exact) {
      const r = await pgQuery<{ n: number }>(this.pg, `SELECT count(*)::int AS n FROM ${c.table} WHERE ${where.sql}`, b.params)
      return r.rows[0].n
    }
    return (await this.find(c, filter)).length
  }

  /** Set for the duration of a plain request while a transaction is open: what each write replaced. */
  journal: Array<{ key: string; old: Doc | null }> | undefined

  async insert(c: CollectionInfo, docs: Doc[]): Promise<string[]> {
    const ids: string[] = []
    for (const doc of docs) {
      if (doc._id === undefined || doc._id === null) doc._id = newId()
      const id = idText(doc._id)
      await this.noteArrays(c, doc)
      await this.write(c, `INSERT INTO ${c.table} (_id, data) VALUES ($1, $2::jsonb)`, [id, JSON.stringify(doc)], doc)
      this.journal?.push({ key: docKey(c, id), old: null })
      ids.push(id)
    }
    return ids
  }

  /** Replaces the stored `old` document by `doc` (same _id). */
  async replace(c: CollectionInfo, doc: Doc, old: Doc): Promise<void> {
    await this.noteArrays(c, doc)
    const id = idText(doc._id)
    await this.write(c, `UPDATE ${c.table} SET data = $2::jsonb WHERE _id = $1`, [id, JSON.stringify(doc)], doc)
    this.journal?.push({ key: docKey(c, id), old })
  }

  /**
   * Inserts or overwrites by _id (a transaction's buffered writes, applied at commit): one statement
   * for all of a collection's documents, which also hands back what each replaced (Postgres 18's
   * `RETURNING old`) for the journal. A collection with unique indexes besides _id writes one document
   * per statement, so a duplicate key names the document that has it.
   */
  async putAll(c: CollectionInfo, docs: Doc[]): Promise<void> {
    if (c.uniqueIndexes.size > 0 && docs.length > 1) {
      for (const doc of docs) await this.putAll(c, [doc])
      return
    }
    for (const doc of docs) await this.noteArrays(c, doc)
    const rows = await this.write<{ _id: string; old: Doc | null }>(
      c,
      `INSERT INTO ${c.table} (_id, data) SELECT e ->> '_id', e FROM jsonb_array_elements($1::jsonb) AS e ` +
        `ON CONFLICT (_id) DO UPDATE SET data = EXCLUDED.data RETURNING _id, old.data AS old`,
      [JSON.stringify(docs)],
      docs[0],
      docs.length,
    )
    for (const row of rows) this.journal?.push({ key: docKey(c, row._id), old: row.old })
  }

  async remove(c: CollectionInfo, ids: string[]): Promise<number> {
    if (!ids.length) return 0
    const r = await pgQuery<{ _id: string; data: Doc }>(
      this.pg,
      `DELETE FROM ${c.table} WHERE _id = ANY($1::text[]) RETURNING _id, data`,
      [ids],
      true,
    )
    for (const row of r.rows) this.journal?.push({ key: docKey(c, row._id), old: row.data })
    return r.rows.length
  }

  async getById(c: CollectionInfo, id: string): Promise<Doc | null> {
    const r = await pgQuery<{ data: Doc }>(this.pg, `SELECT data FROM ${c.table} WHERE _id = $1`, [id], true)
    return r.rows[0]?.data ?? null
  }

  /** A write of fixed shape (prepared); `doc` names the duplicate key if one is refused. */
  private async write<R = never>(c: CollectionInfo, sql: string, params: unknown[], doc: Doc, n = 1): Promise<R[]> {
    try {
      const { rows } = await pgQuery<R>(this.pg, sql, params, true)
      this.store.noteWrite(c.table, n)
      return rows
    } catch (e) {
      if (pgCode(e) === '23505') throw duplicateKey(c, e, doc)
      throw e
    }
  }

  /** Remembers (durably, in the same transaction) that an indexed path now holds an array. */
  async noteArrays(c: CollectionInfo, doc: Doc): Promise<void> {
    for (const path of c.indexedPaths) {
      if (c.arrayPaths.has(path)) continue
      const parts = splitPath(path)
      const cands = pathCandidates(doc, parts)
      if (cands.length > 1 || Array.isArray(getPath(doc, parts)) || (cands.length === 1 && cands[0] !== getPath(doc, parts))) {
        await pgQuery(
          this.pg,
          `INSERT INTO ${quoteIdent(schemaName(c.env))}._array_paths (collection, path) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [c.name, path],
        )
        c.arrayPaths.add(path)
      }
    }
  }
}

export type { CollectionInfo } from './documents'
export { newId } from './documents'

export class Store {
  private readonly mutex = new Mutex()
  private readonly cache = new Map<string, Map<string, CollectionInfo>>()
  private readonly session: Session
  /**
   * PGlite runs no autovacuum: planner statistics are refreshed by us after enough writes — as
   * autovacuum decides it, a base count plus a tenth of the rows the table had at its last ANALYZE
   * (so a table of a million ledger entries is not re-sampled every 200 postings).
   */
  private readonly writesSinceAnalyze = new Map<string, number>()
  private readonly rowsAtAnalyze = new Map<string, number>()
  static readonly ANALYZE_AFTER_WRITES = 200
  static readonly ANALYZE_SCALE = 0.1
  /** Sequence of the last commit (in memory: no transaction outlives the process). */
  commitSeq = 0
  readonly history = new VersionHistory()
  readonly transactions: Transactions

  private constructor(
    private readonly pg: PGlite,
    transactionTimeoutMs: number,
  ) {
    this.session = new Session(this, pg)
    this.transactions = new Transactions(this, transactionTimeoutMs)
  }

  static async open(opts: { dataDir?: string; transactionTimeoutMs?: number }): Promise<Store> {
    const pg = await PGlite.create(opts.dataDir ? { dataDir: opts.dataDir } : {})
    return new Store(pg, opts.transactionTimeoutMs ?? TRANSACTION_LIMIT_MS)
  }

  noteWrite(table: string, n = 1): void {
    this.writesSinceAnalyze.set(table, (this.writesSinceAnalyze.get(table) ?? 0) + n)
  }

  /** Outside any transaction: ANALYZE tables that changed a lot, so indexes keep being chosen. */
  private async analyzeIfDue(): Promise<void> {
    for (const [table, n] of this.writesSinceAnalyze) {
      if (n < Store.ANALYZE_AFTER_WRITES + Store.ANALYZE_SCALE * (this.rowsAtAnalyze.get(table) ?? 0)) continue
      this.writesSinceAnalyze.delete(table)
      await this.analyze(table).catch(() => undefined)
    }
  }

  private async analyze(table: string): Promise<void> {
    await this.pg.exec(`ANALYZE ${table}`)
    const rows = await pgQuery<{ n: number }>(
      this.pg,
      `SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = $1::regclass`,
      [table],
    )
    this.rowsAtAnalyze.set(table, rows.rows[0]?.n ?? 0)
  }

  /** Direct SQL for tests and the benchmark (EXPLAIN); takes the lock. */
  sql<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.mutex.run(async () => (await this.pg.query<T>(sql, params)).rows)
  }

  /** Runs `fn` under the lock, in no Postgres transaction (one statement of an SDK transaction). */
  exclusive<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    return this.mutex.run(() => fn(this.session))
  }

  /**
   * One statement of the simple query protocol in one exchange with PGlite (`exec` adds a second
   * exchange, a Sync, that a simple query does not need): BEGIN, COMMIT, ROLLBACK.
   */
  private async control(sql: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): Promise<void> {
    await this.pg.execProtocol(protocol.serialize.query(sql))
  }

  /**
   * A plain request that only reads: under the lock, in no Postgres transaction. Every write takes the
   * same lock, so its statements all see one committed state without BEGIN/COMMIT (two exchanges with
   * PGlite fewer per read); it never waits for an open SDK transaction.
   */
  read<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    return this.mutex.run(() => fn(this.session))
  }

  /** A plain request: under the lock in its own BEGIN/COMMIT; never waits for an open SDK transaction. */
  run<T>(fn: (s: Session) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      const journal = this.transactions.openCount ? [] : undefined
      const out = await this.atomically(journal, () => fn(this.session))
      this.recordCommit(journal ?? [])
      await this.analyzeIfDue()
      return out
    })
  }

  /**
   * `body` in one BEGIN/COMMIT of the connection (under the lock, which the caller holds); on failure
   * rolled back and the collection cache dropped. `journal` collects what the writes superseded.
   */
  private async atomically<T>(journal: Array<{ key: string; old: Doc | null }> | undefined, body: () => Promise<T>): Promise<T> {
    this.session.journal = journal
    await this.control('BEGIN')
    try {
      const out = await body()
      await this.control('COMMIT')
      return out
    } catch (e) {
      await this.control('ROLLBACK')
      this.cache.clear()
      throw e
    } finally {
      this.session.journal = undefined
    }
  }

  /** A new commit sequence; what it superseded is kept for the open transactions' snapshots. */
  private recordCommit(superseded: Array<{ key: string; old: Doc | null }>): void {
    const seq = ++this.commitSeq
    for (const { key, old } of superseded) this.history.record(key, seq, old)
  }

  /**
   * Applies an SDK transaction's buffered writes atomically, unless one of its documents was
   * committed after its snapshot (a plain write landed after the transaction wrote it): then the
   * cloud's write conflict. `othersOpen`: keep the superseded versions for other snapshots.
   */
  commitWrites(snapshot: number, writes: BufferedWrite[], othersOpen: boolean): Promise<void> {
    return this.mutex.run(async () => {
      for (const w of writes) if (this.history.changedAfter(docKey(w.c, w.id), snapshot)) throw transactionConflict(w.c.name, w.id)
      if (!writes.length) return
      const superseded: Array<{ key: string; old: Doc | null }> = []
      const byTable = new Map<string, BufferedWrite[]>()
      for (const w of writes) byTable.set(w.c.table, [...(byTable.get(w.c.table) ?? []), w])
      // What each write replaces is kept only while other snapshots may need it.
      await this.atomically(othersOpen ? superseded : undefined, async () => {
        for (const group of byTable.values()) {
          const puts = group.flatMap((w) => (w.doc ? [w.doc] : []))
          const removed = group.filter((w) => !w.doc).map((w) => w.id)
          if (puts.length) await this.session.putAll(group[0].c, puts)
          if (removed.length) await this.session.remove(group[0].c, removed)
        }
      })
      this.recordCommit(superseded)
      await this.analyzeIfDue()
    })
  }

  async collectionInfo(env: string, name: unknown): Promise<CollectionInfo> {
    if (!validCollectionName(name)) throw invalid(`invalid collection name: ${String(name)}`)
    let envCache = this.cache.get(env)
    if (!envCache) {
      envCache = await this.loadEnv(env)
      this.cache.set(env, envCache)
    }
    const info = envCache.get(name)
    if (!info) throw collectionNotExists(name)
    return info
  }

  private async loadEnv(env: string): Promise<Map<string, CollectionInfo>> {
    const schema = schemaName(env)
    const out = new Map<string, CollectionInfo>()
    const exists = await this.pg.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema])
    if (!exists.rows.length) return out
    const q = quoteIdent(schema)
    const cols = await this.pg.query<{
      name: string
      spec: { indexes: Array<{ name: string; fields: [string, string][]; unique?: boolean }> }
    }>(`SELECT name, spec FROM ${q}._collections`)
    const arrays = await this.pg.query<{ collection: string; path: string }>(`SELECT collection, path FROM ${q}._array_paths`)
    for (const { name, spec } of cols.rows) {
      const indexedPaths = [...new Set(spec.indexes.flatMap((i) => i.fields.map(([f]) => f)))]
      const uniqueIndexes = new Map<string, string>()
      for (const i of spec.indexes) if (i.unique) uniqueIndexes.set(`${name}__${i.name}`, i.fields.map(([f]) => f).join(', '))
      out.set(name, {
        env,
        name,
        table: `${q}.${quoteIdent(name)}`,
        indexedPaths,
        arrayPaths: new Set(arrays.rows.filter((r) => r.collection === name).map((r) => r.path)),
        uniqueIndexes,
      })
    }
    return out
  }

  /** Creates the env's schema and `name` with the manifest's indexes (if it has an entry). */
  private async createCollection(env: string, name: string, spec: CollectionSpec): Promise<void> {
    const q = quoteIdent(schemaName(env))
    const table = `${q}.${quoteIdent(name)}`
    await this.pg.exec(`CREATE SCHEMA IF NOT EXISTS ${q};
      CREATE TABLE IF NOT EXISTS ${q}._collections (name text PRIMARY KEY, spec jsonb NOT NULL);
      CREATE TABLE IF NOT EXISTS ${q}._array_paths (collection text, path text, PRIMARY KEY (collection, path));
      CREATE TABLE IF NOT EXISTS ${table} (_id text PRIMARY KEY, data jsonb NOT NULL);`)
    // A range filter carries `jsonb_typeof(path) = '<type>'` (server/db/filter-sql.ts); without statistics
    // on that expression the planner guesses 0.5 % of the rows match, sorts instead of walking the
    // index (Postgres 17 does), and keyset pages scan the table.
    for (const path of new Set(spec.indexes.flatMap((i) => i.fields.map(([f]) => f)))) {
      const stats = quoteIdent(`${name}__type__${path}`.slice(0, 63))
      await this.pg.exec(`CREATE STATISTICS IF NOT EXISTS ${q}.${stats} ON (jsonb_typeof(${jsonExpr(path)})) FROM ${table}`)
    }
    for (const index of spec.indexes) {
      const terms = index.fields.map(([f, dir]) => `${jsonExpr(f)} ${dir === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}`)
      const ixName = quoteIdent(`${name}__${index.name}`)
      await this.pg.exec(`CREATE INDEX IF NOT EXISTS ${ixName} ON ${table} (${terms.join(', ')})`)
      if (index.unique) {
        // MongoDB indexes a missing field as null, so two documents without it collide too.
        const keys = index.fields.map(([f]) => `COALESCE(${jsonExpr(f)}, 'null'::jsonb)`)
        await this.pg.exec(
          `CREATE UNIQUE INDEX IF NOT EXISTS ${quoteIdent(`${name}__${index.name}__unique`)} ON ${table} (${keys.join(', ')})`,
        )
      }
    }
    await this.pg.query(
      `INSERT INTO ${q}._collections (name, spec) VALUES ($1, $2::jsonb) ON CONFLICT (name) DO UPDATE SET spec = EXCLUDED.spec`,
      [name, JSON.stringify(spec)],
    )
    this.cache.delete(env)
  }

  /** database.addCollection: creates a collection; an existing one is an error, like the cloud. */
  async addCollection(env: string, name: unknown): Promise<void> {
    if (!validCollectionName(name)) throw invalid(`invalid collection name: ${String(name)}`)
    await this.run(async (s) => {
      const existing = await s.collection(env, name).catch(() => null)
      if (existing) throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`)
      await this.createCollection(env, name, MANIFEST[name] ?? { description: '', indexes: [] })
    })
  }

  async setupEnv(env: string): Promise<void> {
    await this.run(async () => {
      for (const [name, spec] of Object.entries(MANIFEST)) await this.createCollection(env, name, spec)
    })
  }

  async resetEnv(env: string): Promise<void> {
    await this.run(async () => {
      const schema = quoteIdent(schemaName(env))
      await this.pg.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      this.cache.delete(env)
      for (const counts of [this.writesSinceAnalyze, this.rowsAtAnalyze])
        for (const table of counts.keys()) if (table.startsWith(`${schema}.`)) counts.delete(table)
    })
    await this.setupEnv(env)
  }

  async bulkInsert(env: string, collection: string, docs: Array<Record<string, unknown>>): Promise<void> {
    await this.run(async (s) => {
      const c = await s.collection(env, collection)
      const CHUNK = 2000
      for (let i = 0; i < docs.length; i += CHUNK) {
        const batch = docs.slice(i, i + CHUNK).map((d) => {
          const v = fromJs(d)
          if (!isPlainObject(v)) throw invalid('documents must be objects')
          if (v._id === undefined || v._id === null) v._id = newId()
          return v
        })
        for (const d of batch) await s.noteArrays(c, d)
        await this.pg.query(`INSERT INTO ${c.table} (_id, data) SELECT e ->> '_id', e FROM jsonb_array_elements($1::jsonb) AS e`, [
          JSON.stringify(batch),
        ])
      }
      await this.analyze(c.table)
    })
  }

  async close(): Promise<void> {
    this.transactions.closeAll()
    await this.mutex.run(() => this.pg.close())
  }
}
