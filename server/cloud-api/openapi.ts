/**
 * What the local cloud answers to `cloud.openapi.*` (see wire.ts for the transport). Answers are
 * WeChat's JSON shapes, errcode included; the SDK turns a non-zero errcode into a rejected promise
 * with that errCode, exactly as in WeChat.
 *   security.msgSecCheck (v2)    openid, scene, content → result.suggest pass | risky (word list)
 *   security.mediaCheckAsync (v2) media_url, media_type, openid, scene → trace_id; the verdict arrives
 *                                later as a `wxa_media_check` event (events.ts)
 *   subscribeMessage.send        touser, template_id, data → 0, or 40037 / 47003 / 43101 (subscriptions.ts)
 */
import { randomBytes } from 'node:crypto'
import { RISKY_MEDIA_MARKER, riskyWordIn } from './word-list'
import type { CloudEvents } from './events'
import type { SubscriptionLedger } from './subscriptions'

export interface OpenApiDeps {
  events: CloudEvents
  subscriptions: SubscriptionLedger
  /** Reads a media URL the way WeChat's checker would (the local stand-in fetches it). */
  fetchMedia(url: string): Promise<Buffer | null>
}

type Answer = Record<string, unknown> & { errcode: number; errmsg: string }

const OK = { errcode: 0, errmsg: 'ok' }
const SCENES = new Set([1, 2, 3, 4])
const OPENID = /^[A-Za-z0-9_-]{6,64}$/

function bad(errcode: number, errmsg: string): Answer {
  return { errcode, errmsg }
}

export function createOpenApi(deps: OpenApiDeps) {
  async function msgSecCheck(fields: Record<string, unknown>): Promise<Answer> {
    const { openid, scene, content, version } = fields
    if (version !== 2) return bad(47001, 'data format error: version must be 2')
    if (typeof openid !== 'string' || !OPENID.test(openid)) return bad(40003, 'invalid openid')
    if (typeof scene !== 'number' || !SCENES.has(scene)) return bad(47001, 'data format error: scene')
    if (typeof content !== 'string') return bad(47001, 'data format error: content')
    if (content.length > 2500) return bad(87014, 'content too long')
    const word = riskyWordIn(content)
    const traceId = randomBytes(12).toString('hex')
    const result = word ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 }
    return {
      ...OK,
      trace_id: traceId,
      result,
      detail: [{ strategy: 'content_model', errcode: 0, suggest: result.suggest, label: result.label, ...(word ? { keyword: word } : {}) }],
    }
  }

  async function mediaCheckAsync(env: string, fields: Record<string, unknown>): Promise<Answer> {
    const { openid, scene, media_url: mediaUrl, media_type: mediaType, version } = fields
    if (version !== 2) return bad(47001, 'data format error: version must be 2')
    if (typeof openid !== 'string' || !OPENID.test(openid)) return bad(40003, 'invalid openid')
    if (typeof scene !== 'number' || !SCENES.has(scene)) return bad(47001, 'data format error: scene')
    if (mediaType !== 1 && mediaType !== 2) return bad(47001, 'data format error: media_type')
    if (typeof mediaUrl !== 'string' || !/^https?:\/\//.test(mediaUrl)) return bad(47001, 'data format error: media_url')
    const traceId = randomBytes(12).toString('hex')
    // WeChat answers at once and checks later; so does the stand-in.
    const checked = deps.fetchMedia(mediaUrl).then((bytes) => {
      const text = bytes ? bytes.toString('utf8') : ''
      const risky = !bytes || text.includes(RISKY_MEDIA_MARKER) || riskyWordIn(text) !== null
      deps.events.push(env, {
        ToUserName: 'gh_local',
        FromUserName: openid,
        CreateTime: Math.floor(Date.now() / 1000),
        MsgType: 'event',
        Event: 'wxa_media_check',
        appid: 'wx-local',
        trace_id: traceId,
        version: 2,
        detail: [{ strategy: 'content_model', errcode: 0, suggest: risky ? 'risky' : 'pass', label: risky ? 20002 : 100 }],
        errcode: 0,
        errmsg: 'ok',
        result: { suggest: risky ? 'risky' : 'pass', label: risky ? 20002 : 100 },
      })
    })
    deps.events.expect(env, checked)
    return { ...OK, trace_id: traceId }
  }

  async function answer(env: string, apiName: string, fields: Record<string, unknown>): Promise<Answer> {
    switch (apiName) {
      case 'security.msgSecCheck':
        return msgSecCheck(fields)
      case 'security.mediaCheckAsync':
        return mediaCheckAsync(env, fields)
      case 'subscribeMessage.send':
        return deps.subscriptions.send(env, fields)
      default:
        return bad(48001, `api unauthorized: the local cloud does not answer ${apiName}`)
    }
  }

  return { answer }
}
