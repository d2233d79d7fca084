/**
 * HTTP face of the stand-in. The SDK POSTs JSON to its serviceUrl (`…/tcb?env=<env>&seqId=…`); every
 * reply is HTTP 200 with `{ requestId, … }` or `{ requestId, code, message }` for an error, which the
 * SDK turns into a rejected promise. Local-only admin: POST <mount>/_local/setup?env=X, …/_local/reset?env=X,
 * …/_local/explain?env=X with a getDocument body (answers the query plan), GET …/_local/stats (SDK
 * requests served, write conflicts answered so far, transactions open).
 */
import { randomBytes } from 'crypto'
import type { IncomingMessage, ServerResponse } from 'http'
import type { DbBackend } from './backend'
import { DbError } from './errors'
import { errorReply } from './errors-reply'
import type { Params } from './protocol'

const MAX_BODY = 64 * 1024 * 1024

function send(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, JSON.stringify(body))
}

function sendText(res: ServerResponse, status: number, text: string): void {
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

/**
 * The rest of the SDK endpoint (openapi, storage, pushed events: server/cloud-api), served beside
 * the database: `serve` answers requests that are not JSON database calls, `answer` JSON actions
 * that are not `database.*`.
 */
export interface SdkExtension {
  serve(req: IncomingMessage, res: ServerResponse, url: URL, body: () => Promise<Buffer>): Promise<boolean>
  answer(env: string, params: Record<string, unknown>, origin: string): Record<string, unknown> | null
}

export function createHandler(backend: DbBackend, extension?: SdkExtension) {
  /** SDK database requests answered (each is one network round trip in WeChat). */
  const served = { count: 0 }
  return function handle(req: IncomingMessage, res: ServerResponse): void {
    const requestId = randomBytes(8).toString('hex')
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://local')
      const env = url.searchParams.get('env') ?? ''
      // Local diagnostics: write conflicts answered so far (the reliability tests and benches print it).
      if (/\/_local\/stats$/.test(url.pathname)) return send(res, 200, { requestId, requests: served.count, ...(await backend.stats()) })
      let body: Promise<Buffer> | null = null
      const readOnce = () => (body ??= readBody(req))
      if (extension && (await extension.serve(req, res, url, readOnce))) return
      if (req.method !== 'POST') return send(res, 405, { requestId, code: 'INVALID_PARAM', message: 'POST only' })
      const admin = /\/_local\/(setup|reset)$/.exec(url.pathname)
      if (admin) {
        if (!env) return send(res, 400, { requestId, code: 'INVALID_PARAM', message: 'env is required' })
        await (admin[1] === 'setup' ? backend.setupEnv(env) : backend.resetEnv(env))
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
      const reply = explain ? await backend.explain(envName, params) : await backend.dispatch(envName, params)
      // The backend's reply is a JSON object's text: the requestId goes in front of its fields.
      sendText(res, 200, reply === '{}' ? `{"requestId":"${requestId}"}` : `{"requestId":"${requestId}",${reply.slice(1)}`)
    })().catch((e: unknown) => {
      if (!res.headersSent) send(res, 200, { requestId, ...errorReply(e) })
      else res.end()
    })
  }
}
