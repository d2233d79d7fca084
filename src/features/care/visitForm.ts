import type { RequestOf } from '@core/contract'
import { NEEDS_PER_VISIT_MAX, type HomeVisitKind, type NeedTag, type VisitKind } from '@core/care/constants'

/** The 走访记录 form as it is filled in. */
export interface VisitDraft {
  kind: VisitKind
  homeVisitKind: HomeVisitKind | ''
  date: string
  noticeIds: string[]
  study: string
  text: string
  needs: Array<{ text: string; tags: NeedTag[] }>
  goods: string
  money: string
  companions: string
}

export function emptyVisit(today: string): VisitDraft {
  return {
    kind: 'home',
    homeVisitKind: '',
    date: today,
    noticeIds: [],
    study: '',
    text: '',
    needs: [],
    goods: '',
    money: '',
    companions: '',
  }
}

export const canAddNeed = (draft: VisitDraft) => draft.needs.length < NEEDS_PER_VISIT_MAX

/** What the server would refuse, said before sending (it checks again). */
export function checkVisit(
  elderId: string,
  requestId: string,
  draft: VisitDraft,
  today: string,
): { request: RequestOf<'care', 'recordVisit'> | null; problem: string | null } {
  const fail = (problem: string) => ({ request: null, problem })
  if (draft.date > today) return fail('走访日期不能晚于今天')
  if (draft.kind === 'eightHome' && !draft.homeVisitKind) return fail('请选择是八个到家中的哪一项')
  if (draft.needs.some((need) => !need.text.trim())) return fail('有一条需求还没有写内容，请填写或删除')
  const money = draft.money.trim() ? Number(draft.money.trim()) : null
  if (money !== null && (!Number.isInteger(money) || money < 1)) return fail('慰问金请填写整数（元）')
  const gift = draft.kind === 'careGift'
  if (gift && !draft.goods.trim() && money === null) return fail('两节慰问请填写慰问品或慰问金')
  const companions = draft.companions
    .split(/[，,、\s]+/)
    .map((name) => name.trim())
    .filter(Boolean)
  return {
    problem: null,
    request: {
      requestId,
      elderId,
      kind: draft.kind,
      homeVisitKind: draft.kind === 'eightHome' && draft.homeVisitKind ? draft.homeVisitKind : null,
      date: draft.date,
      deliveredNoticeIds: draft.noticeIds,
      deliveredStudy: draft.study.trim() || null,
      text: draft.text.trim(),
      needs: draft.needs.map((need) => ({ text: need.text.trim(), tags: need.tags })),
      goods: gift ? draft.goods.trim() || null : null,
      money: gift ? money : null,
      companions: gift ? companions : [],
    },
  }
}
