/**
 * Subscription messages (订阅消息) the WeChat way: a one-time subscription allows exactly one message.
 * The client asks at the tap (`requestSubscribeMessage`) and reports the answer (`recordConsent`);
 * each 允许 counts one message for that person and template, `sendMessage` spends one per message and
 * sends nothing without it. WeChat's refusals (43101 no consent, 47003 data that breaks the template)
 * come back as the message's status and error; a consent WeChat did not use (47003) is given back.
 */
import { MESSAGE_KINDS, MESSAGE_TEMPLATES, messageData, type MessageFacts, type MessageKind } from '../../core/messages/templates'
import { getCloud, isLocalCloud } from './cloud'
import { command, findById, updateWhere } from './db'
import { logError } from './logger'
import { inTransaction } from './transaction'

export type SendStatus = 'sent' | 'skipped-no-consent' | 'refused' | 'failed'

export interface SendOutcome {
  status: SendStatus
  error: { code: number; message: string } | null
}

/** The template id of `kind`: its variable in WeChat, the local template in the local cloud, else null. */
export function templateIdOf(kind: MessageKind): string | null {
  const template = MESSAGE_TEMPLATES[kind]
  return process.env[template.envVar] || (isLocalCloud() ? template.localId : null)
}

/** The configured templates, for the client's consent request. */
export function configuredTemplates(): Array<{ kind: MessageKind; templateId: string; title: string }> {
  return MESSAGE_KINDS.flatMap((kind) => {
    const templateId = templateIdOf(kind)
    return templateId ? [{ kind, templateId, title: MESSAGE_TEMPLATES[kind].title }] : []
  })
}

const consentId = (openid: string, templateId: string) => `${openid}:${templateId}`

/**
 * Counts the templates the person accepted in one requestSubscribeMessage answer (a resent answer,
 * same requestId, counts once). Unknown template ids are ignored. The accepted kinds.
 */
export async function recordConsent(openid: string, requestId: string, results: Record<string, string>): Promise<MessageKind[]> {
  const accepted = configuredTemplates().filter((template) => results[template.templateId] === 'accept')
  return inTransaction(async (work) => {
    const grantId = `${openid}:${requestId}`
    if (await work.get('subscriptionGrants', grantId)) return accepted.map((t) => t.kind)
    work.create('subscriptionGrants', grantId, { openid, results, recordedAt: new Date() })
    for (const template of accepted) {
      const id = consentId(openid, template.templateId)
      const current = await work.get<{ count: number }>('messageConsents', id)
      if (current) work.patch('messageConsents', id, { count: current.count + 1, updatedAt: new Date() })
      else
        work.create('messageConsents', id, {
          openid,
          templateId: template.templateId,
          kind: template.kind,
          count: 1,
          updatedAt: new Date(),
        })
    }
    return accepted.map((t) => t.kind)
  })
}

/** How many messages of `kind` the person may still be sent. */
export async function consentsLeft(openid: string, kind: MessageKind): Promise<number> {
  const templateId = templateIdOf(kind)
  if (!templateId) return 0
  return (await findById<{ count: number }>('messageConsents', consentId(openid, templateId)))?.count ?? 0
}

/** Sends one message of `kind` to `openid` if they have a consent left for its template (spent here). */
export async function sendMessage(kind: MessageKind, openid: string | null, facts: MessageFacts, pageQuery: string): Promise<SendOutcome> {
  const templateId = templateIdOf(kind)
  if (!templateId) return { status: 'failed', error: { code: 0, message: `未配置模板（${MESSAGE_TEMPLATES[kind].envVar}）` } }
  if (!openid) return { status: 'skipped-no-consent', error: null }
  const _ = command()
  const id = consentId(openid, templateId)
  const spent = await updateWhere('messageConsents', { _id: id, count: _.gt(0) }, { count: _.inc(-1), updatedAt: new Date() })
  if (!spent) return { status: 'skipped-no-consent', error: null }
  try {
    const openapi = getCloud().openapi as unknown as { subscribeMessage: { send(data: object): Promise<unknown> } }
    await openapi.subscribeMessage.send({
      touser: openid,
      templateId,
      page: `${MESSAGE_TEMPLATES[kind].page}?${pageQuery}`,
      data: messageData(kind, facts),
    })
    return { status: 'sent', error: null }
  } catch (error) {
    const code = Number((error as { errCode?: unknown })?.errCode ?? 0)
    const message = String((error as { errMsg?: unknown })?.errMsg ?? error).slice(0, 200)
    if (code === 43101) return { status: 'refused', error: { code, message: '用户未授权或已拒收（43101）' } }
    logError('messages', `subscribeMessage.send ${kind}`, error)
    // WeChat did not use the consent: it stays for the next message.
    await updateWhere('messageConsents', { _id: id }, { count: _.inc(1), updatedAt: new Date() })
    return { status: 'failed', error: { code, message: code === 47003 ? `模板数据不符合要求（47003）：${message}` : message } }
  }
}
