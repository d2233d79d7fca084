/**
 * WeChat's side of one-time subscription messages, locally: which templates exist (with their keys),
 * how many messages each person has accepted per template (one per tap on 允许 in
 * `requestSubscribeMessage`), and `subscribeMessage.send`'s checks, in WeChat's order and codes:
 *   40003 bad openid · 40037 unknown template · 47003 data that breaks the template (a missing or
 *   extra key, a value over its kind's limit, a time that is not a WeChat time) · 43101 no consent left.
 * Every accepted message is kept so tests see exactly what WeChat was given.
 */
import { valueProblem, type KeyKind } from '../../core/messages/key-rules'

export interface LocalTemplate {
  id: string
  /** The template's keys as the console shows them (`thing1`, `time2`, …) and their kinds. */
  keys: Record<string, KeyKind>
}

export interface SentMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  sentAt: string
}

type Answer = Record<string, unknown> & { errcode: number; errmsg: string }

export interface SubscriptionLedger {
  /** What `requestSubscribeMessage` records when the person taps 允许 (accept) for templates. */
  accept(env: string, openid: string, templateIds: readonly string[]): void
  send(env: string, fields: Record<string, unknown>): Promise<Answer>
  sent(env: string): SentMessage[]
  templateIds(): string[]
}

export function createSubscriptionLedger(templates: readonly LocalTemplate[]): SubscriptionLedger {
  const byId = new Map(templates.map((template) => [template.id, template]))
  const consents = new Map<string, number>()
  const sent = new Map<string, SentMessage[]>()
  const keyOf = (env: string, openid: string, templateId: string) => `${env}\u0000${openid}\u0000${templateId}`

  return {
    accept(env, openid, templateIds) {
      for (const id of templateIds) {
        if (!byId.has(id)) continue
        const key = keyOf(env, openid, id)
        consents.set(key, (consents.get(key) ?? 0) + 1)
      }
    },
    async send(env, fields) {
      const { touser, template_id: templateId, data, page } = fields
      if (typeof touser !== 'string' || !/^[A-Za-z0-9_-]{6,64}$/.test(touser)) return { errcode: 40003, errmsg: 'invalid openid' }
      const template = typeof templateId === 'string' ? byId.get(templateId) : undefined
      if (!template) return { errcode: 40037, errmsg: 'invalid template_id' }
      const problem = dataProblem(template, data)
      if (problem) return { errcode: 47003, errmsg: `argument invalid! ${problem}` }
      const key = keyOf(env, touser, template.id)
      const left = consents.get(key) ?? 0
      if (left < 1) return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
      consents.set(key, left - 1)
      const message: SentMessage = {
        touser,
        templateId: template.id,
        ...(typeof page === 'string' ? { page } : {}),
        data: data as SentMessage['data'],
        sentAt: new Date().toISOString(),
      }
      sent.set(env, [...(sent.get(env) ?? []), message])
      return { errcode: 0, errmsg: 'ok', msgid: sent.get(env)?.length ?? 0 }
    },
    sent: (env) => sent.get(env) ?? [],
    templateIds: () => [...byId.keys()],
  }
}

function dataProblem(template: LocalTemplate, data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'data must be an object'
  const entries = Object.entries(data as Record<string, unknown>)
  for (const [key, entry] of entries) {
    const kind = template.keys[key]
    if (!kind) return `data.${key} is not a key of the template`
    const value = (entry as { value?: unknown } | null)?.value
    if (typeof value !== 'string') return `data.${key}.value must be a string`
    const problem = valueProblem(kind, value)
    if (problem) return `data.${key}.value invalid: ${problem}`
  }
  const missing = Object.keys(template.keys).find((key) => !entries.some(([k]) => k === key))
  return missing ? `data.${missing} is missing` : null
}
