/**
 * HTTP face of the stand-in. The SDK POSTs JSON to its serviceUrl (`…/tcb?env=<env>&seqId=…`); every
 * reply is HTTP 200 with `{ requestId, … }` or `{ requestId, code, message }` for an error, which the
 * SDK turns into a rejected promise. Local-only admin: POST <mount>/_local/setup?env=X, …/_local/reset?env=X,
 * …/_local/explain?env=X with a getDocument body (answers the query plan), GET …/_local/stats (SDK
 * requests served, write conflicts answered so far, transactions open).
 */
import { randomBytes } from 'crypto'
import type { IncomingMessage, ServerResponse } from 'http'
import { EjsonError } from './ejson'
import { DbError } from './errors'
import { dispatch, explainGet, type Params } from './protocol'
import type { Store } from './store'

const MAX_BODY = 64 * 1024 * 1024

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        reject(new DbError('INVALID_PARAM', 'request body too large'))
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function errorReply(e: unknown): { code: string; message: string } {
  if (e instanceof DbError) return { code: e.code, message: e.message }
  if (e instanceof EjsonError) return { code: 'INVALID_PARAM', message: e.message }
  console.error('[local-cloud db] internal error', e)
  return { code: 'SYS_ERR', message: `local cloud database error: ${e instanceof Error ? e.message : String(e)}` }
}

/**
 * The rest of the SDK endpoint (openapi, storage, pushed events: server/cloud-api), served beside
 * the database: `serve` answers requests that are not JSON database calls, `answer` JSON actions
 * that are not `database.*`.
 */
export interface SdkExtension {
  serve(req: IncomingMessage, res: ServerResponse, url: URL, body: () => Promise<Buffer>): Promise<boolean>
  answer(env: string, params: Record<string, unknown>, origin: string): Record<string, unknown> | null
}

export function createHandler(store: Store, extension?: SdkExtension) {
  /** SDK database requests answered (each is one network round trip in WeChat). */
  const served = { count: 0 }
  return function handle(req: IncomingMessage, res: ServerResponse): void {
    const requestId = randomBytes(8).toString('hex')
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://local')
      const env = url.searchParams.get('env') ?? ''
      // Local diagnostics: write conflicts answered so far (the reliability tests and benches print it).
      if (/\/_local\/stats$/.test(url.pathname))
        return send(res, 200, {
          requestId,
          requests: served.count,
          conflicts: store.transactions.conflicts,
          openTransactions: store.transactions.openCount,
        })
      let body: Promise<Buffer> | null = null
      const readOnce = () => (body ??= readBody(req))
      if (extension && (await extension.serve(req, res, url, readOnce))) return
      if (req.method !== 'POST') return send(res, 405, { requestId, code: 'INVALID_PARAM', message: 'POST only' })
      const admin = /\/_local\/(setup|reset)$/.exec(url.pathname)
      if (admin) {
        if (!env) return send(res, 400, { requestId, code: 'INVALID_PARAM', message: 'env is required' })
        await (admin[1] === 'setup' ? store.setupEnv(env) : store.resetEnv(env))
        return send(res, 200, { requestId, ok: true, env })
      }
      const text = (await readOnce()).toString('utf8')
      const explain = /\/_local\/explain$/.test(url.pathname)
      let params: Params
      try {
        params = JSON.parse(text) as Params
      } catch {
        return send(res, 200, { requestId, code: 'INVALID_PARAM', message: 'body must be JSON' })
      }
      if (typeof params !== 'object' || params === null)
        return send(res, 200, { requestId, code: 'INVALID_PARAM', message: 'body must be a JSON object' })
      const envName = typeof params.envName === 'string' && params.envName ? params.envName : env || 'default'
      const other = extension && !explain ? extension.answer(envName, params, `http://${req.headers.host ?? '127.0.0.1'}`) : null
      if (other) return send(res, 200, { requestId, ...other })
      if (!explain) served.count++
      const reply = explain ? await explainGet(store, envName, params) : await dispatch(store, envName, params)
      send(res, 200, { requestId, ...reply })
    })().catch((e: unknown) => {
      if (!res.headersSent) send(res, 200, { requestId, ...errorReply(e) })
      else res.end()
    })
  }
}
