import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { appError, httpStatusOf } from '../../core/errors'
import { fail, ok } from '../../core/envelope'
import type { CloudApi } from '../cloud-api'
import type { DatabaseService } from '../db'
import { isAcceptableOpenid, listDevIdentities } from './dev-auth'
import { createFileStore } from './file-store'
import { invokeFunction, type CloudFunctionMain } from './function-host'
import { bearerToken, BodyTooLargeError, readBody, sendJson } from './http-utils'
import type { SessionSigner } from './sessions'
import { createStaticHandler } from './static-files'

export interface HostOptions {
  db: DatabaseService
  functions: Record<string, CloudFunctionMain>
  sessions: SessionSigner
  /** The H5 build to serve at `/`. */
  staticDir: string
  /** Where uploaded files are kept (the stand-in for WeChat cloud storage). */
  filesDir: string
  /** WeChat's other services (server/cloud-api): the H5 build's stand-in for requestSubscribeMessage. */
  cloudApi?: CloudApi
  /** The cloud env the functions use. */
  env?: string
}

/**
 * The local cloud's HTTP face:
 *   /tcb…                 the database endpoint that the unmodified wx-server-sdk talks to
 *   POST /api/<function>  { action, data } → the function's reply envelope, as the signed-in user
 *   GET  /api/dev/identities, POST /api/dev/login   local sign-in (this host is local-only by nature)
 *   POST /api/files, GET /api/files/<name>   uploads (see file-store.ts)
 *   POST /api/dev/subscriptions { templateIds }   the H5 build's requestSubscribeMessage (all 允许)
 *   GET  /_storage/…      temporary URLs of stored files (server/cloud-api/storage.ts)
 *   GET  /healthz         liveness
 *   anything else         the H5 app
 */
export function createHost(options: HostOptions): Server {
  const serveStatic = createStaticHandler(options.staticDir)
  const files = createFileStore(options.filesDir)

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://local')
    if (pathname === '/tcb' || pathname.startsWith('/tcb/')) {
      // The database endpoint has no user-level checks (the SDK is the admin client): only the
      // functions running in this process may reach it, even when HOST exposes the app.
      if (!isLoopback(req.socket.remoteAddress)) return sendJson(res, 403, fail(appError('COMMON.FORBIDDEN')))
      return options.db.handle(req, res)
    }
    // Temporary URLs of stored files (getTempFileURL), opened by browsers: signed and expiring.
    if (pathname.startsWith('/_storage/')) return options.db.handle(req, res)
    if (pathname === '/healthz') return sendJson(res, 200, { ok: true })

    if (pathname === '/api/dev/identities' && req.method === 'GET') {
      const members = options.functions.members
      return sendJson(res, 200, ok({ identities: await listDevIdentities(members) }))
    }
    if (pathname === '/api/dev/login' && req.method === 'POST') {
      const body = parseJson(await readBody(req)) as { openid?: unknown } | undefined
      if (!body || !isAcceptableOpenid(body.openid)) {
        return sendJson(res, 400, fail(appError('COMMON.VALIDATION', 'openid 格式不正确', 'openid')))
      }
      return sendJson(res, 200, ok({ token: options.sessions.issue(body.openid), openid: body.openid }))
    }

    // What WeChat records when a person taps 允许 in requestSubscribeMessage (the H5 build has no dialog).
    if (pathname === '/api/dev/subscriptions' && req.method === 'POST') {
      const token = bearerToken(req)
      const openid = token ? options.sessions.verify(token) : null
      if (!openid) return sendJson(res, 401, fail(appError('COMMON.UNAUTHENTICATED')))
      const body = parseJson(await readBody(req)) as { templateIds?: unknown } | undefined
      const ids = Array.isArray(body?.templateIds) ? body.templateIds.filter((id): id is string => typeof id === 'string').slice(0, 10) : []
      options.cloudApi?.subscriptions.accept(options.env ?? '', openid, ids)
      return sendJson(res, 200, ok({ accepted: ids }))
    }

    const stored = /^\/api\/files\/([^/]+)$/.exec(pathname)?.[1]
    if (stored && (req.method === 'GET' || req.method === 'HEAD')) return files.download(res, stored)
    if (pathname === '/api/files' && req.method === 'POST') {
      const token = bearerToken(req)
      if (!token || !options.sessions.verify(token)) return sendJson(res, 401, fail(appError('COMMON.UNAUTHENTICATED')))
      return files.upload(req, res, new URL(req.url ?? '/', 'http://local'))
    }

    const fn = /^\/api\/([A-Za-z][A-Za-z0-9]*)$/.exec(pathname)?.[1]
    if (fn) {
      if (req.method !== 'POST') return sendJson(res, 405, fail(appError('COMMON.UNKNOWN_ACTION', '请使用 POST')))
      const main = Object.prototype.hasOwnProperty.call(options.functions, fn) ? options.functions[fn] : undefined
      if (!main) return sendJson(res, 404, fail(appError('COMMON.UNKNOWN_ACTION', `没有名为 ${fn} 的云函数`)))
      const token = bearerToken(req)
      const openid = token ? options.sessions.verify(token) : null
      if (!openid) return sendJson(res, 401, fail(appError('COMMON.UNAUTHENTICATED')))
      const event = parseJson(await readBody(req))
      if (event === undefined) return sendJson(res, 400, fail(appError('COMMON.VALIDATION', '请求内容不是有效的 JSON')))
      const { status, reply } = await invokeFunction(main, event, openid)
      return sendJson(res, status, reply)
    }

    if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(req, res)
    sendJson(res, 405, fail(appError('COMMON.UNKNOWN_ACTION')))
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return sendJson(res, 413, fail(appError('COMMON.VALIDATION', '请求内容过大')))
      console.error('[host]', error)
      if (!res.headersSent) sendJson(res, httpStatusOf('COMMON.INTERNAL'), fail(appError('COMMON.INTERNAL')))
      else res.end()
    })
  })
  // wx-server-sdk keeps sockets alive for 4.8 s; the server must keep them longer, or a request sent
  // on a socket the server is just closing fails with ECONNRESET under load.
  server.keepAliveTimeout = 65_000
  return server
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.'))
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {}
  } catch {
    return undefined
  }
}
