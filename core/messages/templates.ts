/**
 * One subscription-message template per kind of message. Each names the template to pick in the
 * mini-program console (订阅消息 › 公共模板库: its title and the keywords in this order), the key
 * mapping that template has (`thing1`, `time2`, …; WeChat refuses a message whose keys differ with
 * 47003), and how each value is made from the facts of the message within WeChat's limits
 * (key-rules.ts). Template ids come from environment variables of the sending function (deploy.ts);
 * the local cloud registers the same templates under their local ids.
 */
import { formatBeijing } from '../time'
import { fitValue, kindOfKey, type KeyKind } from './key-rules'

export const MESSAGE_KINDS = ['reminder', 'promoted', 'changed', 'cancelled'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

/** What a message says, before it is shaped into a template's keys. */
export interface MessageFacts {
  title: string
  startAt: Date
  place: string
  /** The cancellation reason, or a short note. */
  note?: string
}

interface KeySpec {
  /** The keyword's name in the console (活动名称, …). */
  label: string
  value: (facts: MessageFacts) => string
}

export interface MessageTemplate {
  kind: MessageKind
  /** The template's title in the public library. */
  title: string
  /** The sending function's variable holding the template id. */
  envVar: string
  /** The template's id in the local cloud. */
  localId: string
  /** The page a tap on the message opens (with ?id=<activity id>). */
  page: string
  keys: Record<string, KeySpec>
}

/** WeChat's time format for `time` keys: 2026年12月3日 14:30 (Beijing time). */
export const wechatTime = (at: Date) => formatBeijing(at, 'YYYY年M月D日 HH:mm')

const name: KeySpec = { label: '活动名称', value: (f) => f.title }
const time: KeySpec = { label: '活动时间', value: (f) => wechatTime(f.startAt) }
const place: KeySpec = { label: '活动地点', value: (f) => f.place }

export const MESSAGE_TEMPLATES: Record<MessageKind, MessageTemplate> = {
  reminder: {
    kind: 'reminder',
    title: '活动开始提醒',
    envVar: 'HONGLIN_TPL_ACTIVITY_REMINDER',
    localId: 'local-activity-reminder',
    page: 'pages/activities-detail/index',
    keys: { thing1: name, time2: time, thing3: place, thing4: { label: '温馨提示', value: () => '活动即将开始，请准时参加' } },
  },
  promoted: {
    kind: 'promoted',
    title: '候补成功通知',
    envVar: 'HONGLIN_TPL_ACTIVITY_PROMOTED',
    localId: 'local-activity-promoted',
    page: 'pages/activities-detail/index',
    keys: { thing1: name, time2: time, thing3: place, phrase4: { label: '报名状态', value: () => '候补成功' } },
  },
  changed: {
    kind: 'changed',
    title: '活动变更通知',
    envVar: 'HONGLIN_TPL_ACTIVITY_CHANGED',
    localId: 'local-activity-changed',
    page: 'pages/activities-detail/index',
    keys: {
      thing1: name,
      time2: { label: '变更后时间', value: (f) => wechatTime(f.startAt) },
      thing3: { label: '变更后地点', value: (f) => f.place },
      thing4: { label: '备注', value: () => '活动时间或地点有变，请留意' },
    },
  },
  cancelled: {
    kind: 'cancelled',
    title: '活动取消通知',
    envVar: 'HONGLIN_TPL_ACTIVITY_CANCELLED',
    localId: 'local-activity-cancelled',
    page: 'pages/activities-detail/index',
    keys: { thing1: name, time2: time, thing3: { label: '取消原因', value: (f) => f.note || '组织方取消' } },
  },
}

/** The key → kind mapping of a template (thing1 → thing, …). */
export function keyKindsOf(template: MessageTemplate): Record<string, KeyKind> {
  return Object.fromEntries(
    Object.keys(template.keys).map((key) => {
      const kind = kindOfKey(key)
      if (!kind) throw new Error(`unknown key kind: ${key}`)
      return [key, kind]
    }),
  )
}

/** The `data` of subscribeMessage.send for `kind`: every key, each value within its kind's limits. */
export function messageData(kind: MessageKind, facts: MessageFacts): Record<string, { value: string }> {
  const template = MESSAGE_TEMPLATES[kind]
  const kinds = keyKindsOf(template)
  return Object.fromEntries(Object.entries(template.keys).map(([key, spec]) => [key, { value: fitValue(kinds[key], spec.value(facts)) }]))
}
