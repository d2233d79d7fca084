/**
 * One parameterised statement in TWO exchanges with PGlite (Parse+Bind+Describe+Execute, then Sync).
 * `PGlite.query` makes six (Parse, Describe statement, Bind, Describe portal, Execute, Sync, each a
 * round through the wasm module and, with a data directory, through its protocol file on disk); the profile of a burst showed that
 * PGlite's own per-exchange work cost more than the statements. Here the whole extended-query
 * sequence goes in one message: parameters are sent as text and typed by the statement (every
 * parameter of the stand-in's SQL is a string, a number, a boolean, null or an array of strings and
 * is cast where the context does not type it: `$1::jsonb`, `$1::text[]`), and the row values are
 * decoded by type (jsonb/json parsed, integers as numbers, booleans, the rest as text).
 * Errors are thrown as PGlite's DatabaseError (same `code`, `constraint`, `message`).
 */
import { protocol, type PGlite } from '@electric-sql/pglite'

const JSONB = 3802
const JSON_OID = 114
const INTEGERS = new Set([20, 21, 23, 26])
const BOOL = 16
const FLOATS = new Set([700, 701, 1700])

function arrayLiteral(values: unknown[]): string {
  return `{${values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/[\\"]/g, (m) => `\\${m}`)}"`)).join(',')}}`
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return arrayLiteral(value)
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

function decode(text: string | null, type: number): unknown {
  if (text === null) return null
  if (type === JSONB || type === JSON_OID) return JSON.parse(text)
  if (INTEGERS.has(type) || FLOATS.has(type)) return Number(text)
  if (type === BOOL) return text === 't'
  return text
}

/** Named statements kept in PGlite's backend, by SQL text (oldest closed beyond the cap). */
const PREPARED_CAP = 2000
const prepared = new WeakMap<PGlite, Map<string, string>>()
let nextName = 1

/** The name of `sql` prepared once in the backend (a failing Parse leaves nothing behind). */
async function statementName(pg: PGlite, sql: string): Promise<string> {
  let names = prepared.get(pg)
  if (!names) prepared.set(pg, (names = new Map()))
  const known = names.get(sql)
  if (known) {
    // Most recently used last, so the cap closes the coldest.
    names.delete(sql)
    names.set(sql, known)
    return known
  }
  const name = `hl_${nextName++}`
  try {
    await pg.execProtocol(protocol.serialize.parse({ name, text: sql }))
  } finally {
    await pg.execProtocol(protocol.serialize.sync(), { throwOnError: false })
  }
  names.set(sql, name)
  if (names.size > PREPARED_CAP) {
    const [coldSql, coldName] = names.entries().next().value as [string, string]
    names.delete(coldSql)
    await pg.execProtocol(protocol.serialize.close({ type: 'S', name: coldName }))
    await pg.execProtocol(protocol.serialize.sync(), { throwOnError: false })
  }
  return name
}

/**
 * Runs `sql`. `prepare` keeps it as a named statement (parsed and analysed once, then only bound and
 * run: about twice the single-row reads per second); only for the fixed statements of the hot path
 * (by `_id`), whose plan is the same for every value. Queries built from a filter stay unnamed, so
 * each is planned for its own values.
 */
export async function pgQuery<T>(pg: PGlite, sql: string, params: unknown[] = [], prepare = false): Promise<{ rows: T[] }> {
  const { serialize } = protocol
  const values = params.map(textOf)
  const parts = prepare
    ? [serialize.bind({ statement: await statementName(pg, sql), values }), serialize.describe({ type: 'P' }), serialize.execute({})]
    : [serialize.parse({ text: sql }), serialize.bind({ values }), serialize.describe({ type: 'P' }), serialize.execute({})]
  const message = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    message.set(p, at)
    at += p.length
  }
  let messages: Awaited<ReturnType<PGlite['execProtocol']>>['messages']
  try {
    ;({ messages } = await pg.execProtocol(message))
  } finally {
    // The Sync goes in an exchange of its own, as PGlite.query sends it: a Sync in the same message
    // as a failing statement leaves PGlite's backend answering nothing afterwards (tried).
    await pg.execProtocol(serialize.sync(), { throwOnError: false })
  }
  const rows: T[] = []
  let fields: Array<{ name: string; dataTypeID: number }> = []
  for (const m of messages) {
    if (m.name === 'rowDescription') fields = (m as unknown as { fields: typeof fields }).fields
    else if (m.name === 'dataRow') {
      const values = (m as unknown as { fields: Array<string | null> }).fields
      const row: Record<string, unknown> = {}
      for (let i = 0; i < fields.length; i++) row[fields[i].name] = decode(values[i], fields[i].dataTypeID)
      rows.push(row as T)
    }
  }
  return { rows }
}
