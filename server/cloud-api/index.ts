/**
 * The local cloud's stand-ins for the WeChat services the SDK reaches besides the database, mounted
 * beside it on the SDK endpoint: `cloud.openapi.*` (openapi.ts, over wire.ts), storage (storage.ts),
 * events WeChat pushes to a function (events.ts), and local-only helpers for tests and the H5 build:
 *   POST /tcb/_local/events?env=…           the queued pushes (drained)
 *   POST /tcb/_local/subscriptions?env=…    { openid, templateIds } as requestSubscribeMessage's 允许
 *   GET  /tcb/_local/messages?env=…         every subscription message WeChat accepted
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createCloudEvents, type CloudEvents } from './events'
import { createOpenApi } from './openapi'
import { createStorageStandIn, type StorageStandIn } from './storage'
import { localTemplates } from './templates'
import { createSubscriptionLedger, type LocalTemplate, type SubscriptionLedger } from './subscriptions'
import { decodeOpenApiRequest, encodeOpenApiResponse, readFormData } from './wire'

export interface CloudApi {
  /** Requests this module answers itself (multipart openapi calls, storage transfers, _local helpers). */
  serve(req: IncomingMessage, res: ServerResponse, url: URL, body: () => Promise<Buffer>): Promise<boolean>
  /** JSON SDK actions that are not the database's (`storage.*`), or null. */
  answer(env: string, params: Record<string, unknown>, origin: string): Record<string, unknown> | null
  events: CloudEvents
  subscriptions: SubscriptionLedger
  storage: StorageStandIn
}

export interface CloudApiOptions {
  filesDir: string
  /** Default: one local template per message kind (templates.ts). */
  templates?: readonly LocalTemplate[]
}

export function createCloudApi(options: CloudApiOptions): CloudApi {
  const events = createCloudEvents()
  const subscriptions = createSubscriptionLedger(options.templates ?? localTemplates())
  const storage = createStorageStandIn(options.filesDir)
  const openapi = createOpenApi({
    events,
    subscriptions,
    async fetchMedia(url) {
      try {
        const response = await fetch(url)
        return response.ok ? Buffer.from(await response.arrayBuffer()) : null
      } catch {
        return null
      }
    },
  })

  async function serve(req: IncomingMessage, res: ServerResponse, url: URL, body: () => Promise<Buffer>): Promise<boolean> {
    if (await storage.serve(req, res, url.pathname)) return true
    const env = url.searchParams.get('env') ?? ''
    if (url.pathname.endsWith('/_local/events') && req.method === 'POST') return json(res, { events: await events.drain(env) })
    if (url.pathname.endsWith('/_local/messages') && req.method === 'GET') return json(res, { messages: subscriptions.sent(env) })
    if (url.pathname.endsWith('/_local/subscriptions') && req.method === 'POST') {
      const { openid, templateIds } = JSON.parse((await body()).toString('utf8') || '{}') as { openid?: unknown; templateIds?: unknown }
      if (typeof openid !== 'string' || !Array.isArray(templateIds))
        return json(res, { code: 'INVALID_PARAM', message: 'openid, templateIds' })
      subscriptions.accept(env, openid, templateIds.map(String))
      return json(res, { ok: true })
    }
    const type = req.headers['content-type'] ?? ''
    if (req.method === 'POST' && type.startsWith('multipart/form-data')) {
      const form = readFormData(await body(), type)
      const text = (key: string) => form.get(key)?.toString('utf8') ?? ''
      const requestData = form.get('requestData')
      const envName = text('envName') || env
      if (text('action') !== 'wx.openApi' || !requestData) {
        return json(res, { code: 'INVALID_PARAM', message: 'the local cloud answers wx.openApi calls only' })
      }
      const reply = encodeOpenApiResponse(await openapi.answer(envName, text('apiName'), decodeOpenApiRequest(requestData)))
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': reply.length })
      res.end(reply)
      return true
    }
    return false
  }

  return { serve, answer: (env, params, origin) => storage.answer(env, params, origin), events, subscriptions, storage }
}

function json(res: ServerResponse, body: object): true {
  const text = JSON.stringify(body)
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
  return true
}

export type { LocalTemplate } from './subscriptions'
