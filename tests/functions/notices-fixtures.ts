import type { RequestOf } from '../../core/contract'
import { callAs, type Who } from '../support'

type NoticeFieldsInput = RequestOf<'notices', 'publish'>['fields']

let drafts = 0
/** A fresh form id, as the publish form makes one. */
export function newDraftId(): string {
  drafts += 1
  return `draft-${process.pid}-${drafts}-${Math.random().toString(36).slice(2, 8)}`
}

export function noticeFields(overrides: Partial<NoticeFieldsInput> = {}): NoticeFieldsInput {
  return {
    title: '关于开展十一月主题党日活动的通知',
    body: '各位党员：\n\n本月主题党日定于**11月25日上午9点**在党群服务中心举行。\n请准时参加。',
    audience: { kind: 'org', orgId: 'org-b1' },
    ...overrides,
  }
}

export async function publishAs(who: Who, overrides: Partial<NoticeFieldsInput> = {}) {
  return callAs(who).notices.publish({
    draftId: newDraftId(),
    fields: noticeFields(overrides),
  })
}
