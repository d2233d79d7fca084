import type { NoticeFields } from '../../core/contract/notices'
import { main as notices } from '../../cloudfunctions/notices'
import { callAs } from './helpers'
import type { Reply } from './members-fixtures'

let drafts = 0
/** A fresh form id, as the publish form makes one. */
export function newDraftId(): string {
  drafts += 1
  return `draft-${process.pid}-${drafts}-${Math.random().toString(36).slice(2, 8)}`
}

export const callNotices = <T = unknown>(openid: string | null, action: string, data: unknown = {}) =>
  callAs<Reply<T>>(notices, openid, action, data)

export function noticeFields(overrides: Partial<Record<keyof NoticeFields, unknown>> = {}) {
  return {
    title: '关于开展十一月主题党日活动的通知',
    body: '各位党员：\n\n本月主题党日定于**11月25日上午9点**在党群服务中心举行。\n请准时参加。',
    audience: { kind: 'org', orgId: 'org-b1' },
    ...overrides,
  }
}

export async function publishAs(openid: string, overrides: Partial<Record<keyof NoticeFields, unknown>> = {}) {
  return callNotices<{ notice: { id: string; version: number } }>(openid, 'publish', {
    draftId: newDraftId(),
    fields: noticeFields(overrides),
  })
}
