/**
 * The local cloud's other WeChat services, for functions tests: files put into storage through the
 * SDK (as a client's uploadFile would), WeChat's pushes delivered to the function (消息推送), the
 * subscription consents a client's requestSubscribeMessage records, and the messages WeChat accepted.
 * They reach the same endpoint the functions' SDK uses (HONGLIN_CLOUD_URL, this file's env).
 */
import { cloudUrl } from '../setup/cloud-env'

type Main = (event: unknown) => Promise<unknown>

const env = () => {
  const name = process.env.HONGLIN_CLOUD_ENV
  if (!name) throw new Error('HONGLIN_CLOUD_ENV is not set: call useFunctionEnv first')
  return encodeURIComponent(name)
}

/** A tiny valid JPEG (SOI, a comment segment, EOI); `comment` lands in the bytes the media check reads. */
export function testJpeg(comment = 'honglin test photo'): Buffer {
  const text = Buffer.from(comment, 'utf8')
  const length = Buffer.alloc(2)
  length.writeUInt16BE(text.length + 2)
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xfe]), length, text, Buffer.from([0xff, 0xd9])])
}

/** Puts bytes into cloud storage through the real SDK; the `cloud://` file id. */
export async function storeFile(cloudPath: string, bytes: Buffer): Promise<string> {
  const { getCloud } = require('../../cloudfunctions/_core/cloud') as typeof import('../../cloudfunctions/_core/cloud')
  const { fileID } = await getCloud().uploadFile({ cloudPath, fileContent: bytes })
  return fileID
}

/** Delivers every push WeChat has queued for this env (after the checks still running) to `members`. */
export async function deliverPushes(): Promise<number> {
  const res = await fetch(`${cloudUrl()}/_local/events?env=${env()}`, { method: 'POST' })
  const { events } = (await res.json()) as { events: unknown[] }
  const { runAs } = require('../../cloudfunctions/_core/local-context') as typeof import('../../cloudfunctions/_core/local-context')
  const main = (require('../../cloudfunctions/members') as { main: Main }).main
  for (const event of events) await runAs(null, () => main(event))
  return events.length
}

/** What requestSubscribeMessage records when `openid` taps 允许 for these templates. */
export async function acceptSubscriptions(openid: string, templateIds: readonly string[]): Promise<void> {
  await fetch(`${cloudUrl()}/_local/subscriptions?env=${env()}`, { method: 'POST', body: JSON.stringify({ openid, templateIds }) })
}

export interface SentMessage {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}

/** Every subscription message WeChat accepted in this env. */
export async function sentMessages(): Promise<SentMessage[]> {
  const res = await fetch(`${cloudUrl()}/_local/messages?env=${env()}`)
  return ((await res.json()) as { messages: SentMessage[] }).messages
}
