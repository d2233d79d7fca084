import { HELPER_VISIT_KINDS } from '../../../core/care/constants'
import type { CareNeedDoc, CareProfileDoc, CareVisitDoc } from '../../../core/care/model'
import type { NoticeDoc } from '../../../core/notices/model'
import { failure, success } from '../../../core/result'
import { beijingDay, beijingDayBefore, toDate } from '../../../core/time'
import { screenText } from '../../_core/content-security'
import type { Handler } from '../../_core/create-function'
import { findById, findByIds } from '../../_core/db'
import { recordRead } from '../../_core/notice-receipts'
import { pageBy, viewPage } from '../../_core/paging'
import { inTransaction } from '../../_core/transaction'
import { elderFieldsOf, loadElder, reachOf } from '../lib/elders'
import { patchProfile } from '../lib/profile'
import { careScopeOf, inScope } from '../lib/scope'
import { toNeedView, toVisitView } from '../lib/views'

/** How far back a visit may be recorded (a helper writing up last month's calls). */
const BACKDATE_DAYS = 60

/**
 * A visit or call, with what was delivered and what the elder needs. The visit's id comes from the
 * recorder and their requestId, its needs' ids from the visit, so a retry stores nothing twice; the
 * elder's last-visit day only moves forward. Notices read at the door become the elder's receipts
 * (送达, by the recorder) after the visit is stored: a receipt already there (they read it themselves)
 * stands, so a retry delivers nothing twice either.
 */
export const recordVisit: Handler<'care', 'recordVisit'> = async ({ data, caller }) => {
  const recorder = caller.member
  if (!recorder) return failure('CARE.NO_MEMBER')
  const elder = await loadElder(data.elderId)
  if (!elder) return failure('COMMON.NOT_FOUND')
  const scope = await careScopeOf(caller)
  const reach = reachOf(caller, scope, elder)
  if (!reach) return failure('CARE.NOT_YOURS')
  if (!HELPER_VISIT_KINDS.includes(data.kind) && reach !== 'scope') return failure('CARE.HELPER_KIND')
  if (data.kind === 'eightHome' && !data.homeVisitKind) return failure('CARE.HOME_VISIT_KIND', undefined, 'homeVisitKind')
  const gift = data.kind === 'careGift'
  if (gift && !data.goods && !data.money) return failure('CARE.GIFT_EMPTY', undefined, 'goods')
  const now = new Date()
  if (data.date > beijingDay(now) || data.date < beijingDayBefore(now, BACKDATE_DAYS)) return failure('CARE.BAD_DATE', undefined, 'date')

  const notices: NoticeDoc[] = []
  for (const noticeId of new Set(data.deliveredNoticeIds)) {
    const notice = await findById<NoticeDoc>('notices', noticeId)
    const until = toDate(notice?.visibleUntil)
    if (!notice || notice.status !== 'published' || !until || until <= now || !elder.reader.keys.includes(notice.audienceKey))
      return failure('CARE.NOTICE_NOT_FOR_ELDER', undefined, 'deliveredNoticeIds')
    notices.push(notice)
  }
  const screened = await screenText(
    caller,
    [data.text, data.deliveredStudy, data.goods, ...data.companions, ...data.needs.map((need) => need.text)],
    'forum',
  )
  if (!screened.ok) return screened

  const visitId = `visit-${recorder._id}-${data.requestId}`
  const stored = await inTransaction(async (work) => {
    const existing = await work.get<CareVisitDoc>('careVisits', visitId)
    if (existing) return { visit: existing, created: false }
    const needIds = data.needs.map((_, index) => `${visitId}-n${index + 1}`)
    const visit = work.create<CareVisitDoc>('careVisits', visitId, {
      ...elderFieldsOf(elder),
      kind: data.kind,
      homeVisitKind: data.kind === 'eightHome' ? data.homeVisitKind : null,
      date: data.date,
      deliveredNoticeIds: notices.map((notice) => notice._id),
      deliveredNoticeTitles: notices.map((notice) => notice.title),
      deliveredStudy: data.deliveredStudy,
      text: data.text,
      goods: gift ? data.goods : null,
      money: gift ? data.money : null,
      companions: data.companions,
      needIds,
      byId: recorder._id,
      byName: recorder.name,
      byOpenid: caller.openid,
      createdAt: now,
    })
    data.needs.forEach((need, index) =>
      work.create<CareNeedDoc>('careNeeds', needIds[index], {
        visitId,
        ...elderFieldsOf(elder),
        text: need.text,
        tags: [...new Set(need.tags)],
        status: 'open',
        linkedId: null,
        handledNote: null,
        handledByName: null,
        handledAt: null,
        recordedByName: recorder.name,
        recordedById: recorder._id,
        createdAt: now,
        updatedAt: now,
      }),
    )
    const profile = await work.get<CareProfileDoc>('careProfiles', elder.id)
    if (!profile?.lastVisitDate || profile.lastVisitDate < data.date) await patchProfile(work, elder, { lastVisitDate: data.date })
    // Records the branch writes through its scope (not a helper for their own elder) are audited.
    if (reach === 'scope') work.audit(caller, 'care.recordVisit', elder.id, { kind: data.kind, visitId })
    return { visit, created: true }
  })
  for (const notice of notices) await recordRead(notice, elder.reader, { id: recorder._id, name: recorder.name })
  const found = await findByIds<CareNeedDoc>('careNeeds', stored.visit.needIds)
  const needs = stored.visit.needIds.flatMap((id) => found.get(id) ?? [])
  return success({
    visit: toVisitView(stored.visit),
    needs: needs.map((need) => toNeedView(need, scope, recorder._id)),
    created: stored.created,
  })
}

/** The visits I recorded, newest first. */
export const myVisits: Handler<'care', 'myVisits'> = async ({ data, caller }) => {
  if (!caller.member) return failure('CARE.NO_MEMBER')
  const page = await pageBy<CareVisitDoc>('careVisits', { byId: caller.member._id }, { by: 'createdAt', direction: 'desc' }, data)
  return page.ok ? success(viewPage(page.value, toVisitView)) : page
}

/** 关爱记录: every record in the caller's scope (a kind, or all), latest day first. */
export const careRecords: Handler<'care', 'careRecords'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  if (!scope.read.length) return failure('COMMON.FORBIDDEN')
  const filter = { ...inScope(scope.read), ...(data.kind ? { kind: data.kind } : {}) }
  const page = await pageBy<CareVisitDoc>('careVisits', filter, { by: 'date', direction: 'desc' }, data)
  return page.ok ? success(viewPage(page.value, toVisitView)) : page
}
