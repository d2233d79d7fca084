import type { CareNeedDoc } from '../../../core/care/model'
import { sharesKey } from '../../../core/care/scope'
import { NEED_TAG_LABELS } from '../../../core/care/constants'
import type { TicketCategory } from '../../../core/community/constants'
import { failure, success } from '../../../core/result'
import { beijingDayBefore } from '../../../core/time'
import { createTicket, createWish } from '../../_core/community-records'
import type { Handler } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { inTransaction } from '../../_core/transaction'
import { careScopeOf, inScope } from '../lib/scope'
import { toNeedView } from '../lib/views'

/** A wish made from a need asks for it within this many days (the wisher's branch may adjust it on review). */
const WISH_FROM_NEED_DAYS = 30

/** 需求清单: the needs in the caller's scope with one status (open first), newest first. */
export const needs: Handler<'care', 'needs'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  if (!scope.read.length) return failure('COMMON.FORBIDDEN')
  const page = await pageBy<CareNeedDoc>(
    'careNeeds',
    { ...inScope(scope.read), status: data.status },
    { by: 'createdAt', direction: 'desc' },
    data,
  )
  const memberId = caller.member?._id ?? null
  return page.ok ? success(viewPage(page.value, (need) => toNeedView(need, scope, memberId))) : page
}

/** The branch (or the elder's group leader, building head) marks a need handled, saying how; audited. */
export const handleNeed: Handler<'care', 'handleNeed'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  const memberId = caller.member?._id ?? null
  const byName = caller.member?.name ?? '社区党委'
  return inTransaction(async (work) => {
    const need = await work.get<CareNeedDoc>('careNeeds', data.needId)
    if (!need || !sharesKey(need.scopeKeys, scope.read)) return failure('COMMON.NOT_FOUND')
    if (!sharesKey(need.scopeKeys, scope.write)) return failure('COMMON.FORBIDDEN')
    // The same note sent again (a retry) answers with the need as it stands.
    if (need.status === 'handled' && need.handledNote === data.note) return success({ need: toNeedView(need, scope, memberId) })
    if (need.status !== 'open') return failure('CARE.NEED_CLOSED')
    const patch = {
      status: 'handled' as const,
      handledNote: data.note,
      handledByName: byName,
      handledAt: new Date(),
      updatedAt: new Date(),
    }
    work.patch('careNeeds', need._id, patch)
    work.audit(caller, 'care.handleNeed', need._id, { elderId: need.elderId })
    return success({ need: toNeedView({ ...need, ...patch }, scope, memberId) })
  })
}

/** Which 民生诉求 category a need's tags suggest (the branch may re-file it when accepting). */
function categoryOf(need: CareNeedDoc): TicketCategory {
  if (need.tags.includes('housing')) return 'property'
  return 'other'
}

/**
 * One tap: the need becomes a 微心愿 (the elder is the wisher, pending their branch's review as every
 * wish) or a 民生诉求 ticket about the elder's building, reported by the caller for the elder. The
 * wish's or ticket's id comes from the need, and the need's status changes in the same unit of work,
 * so a retry — or two taps at once — makes exactly one.
 */
export const convertNeed: Handler<'care', 'convertNeed'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  const member = caller.member
  const memberId = member?._id ?? null
  const first = await findById<CareNeedDoc>('careNeeds', data.needId)
  if (!first || !(sharesKey(first.scopeKeys, scope.read) || first.recordedById === memberId)) return failure('COMMON.NOT_FOUND')
  if (!(sharesKey(first.scopeKeys, scope.write) || first.recordedById === memberId)) return failure('COMMON.FORBIDDEN')
  if (data.to === 'ticket' && !first.building) return failure('CARE.NO_BUILDING')
  const reporter = { id: memberId ?? caller.openid, name: member?.name ?? '社区党委', openid: caller.openid }
  const tags = first.tags.map((tag) => NEED_TAG_LABELS[tag]).join('、')

  return inTransaction(async (work) => {
    const need = await work.get<CareNeedDoc>('careNeeds', data.needId)
    if (!need) return failure('COMMON.NOT_FOUND')
    if (need.status === data.to && need.linkedId) return success({ need: toNeedView(need, scope, memberId), linkedId: need.linkedId })
    if (need.status !== 'open') return failure('CARE.NEED_CLOSED')
    let linkedId: string
    if (data.to === 'wish') {
      linkedId = `wish-care-${need._id}`
      createWish(work, linkedId, {
        title: need.text.slice(0, 30),
        text: `走访时记下的需求（${need.recordedByName}记录${tags ? `，${tags}` : ''}）：${need.text}`,
        needBy: beijingDayBefore(new Date(), -WISH_FROM_NEED_DAYS),
        photo: null,
        wisher: { id: need.elderId, name: need.elderName },
        poster: reporter,
        orgPath: need.orgPath,
      })
    } else {
      linkedId = `ticket-care-${need._id}`
      createTicket(work, linkedId, {
        kind: 'report',
        category: categoryOf(need),
        building: need.building,
        text: `${need.elderName}的需求（走访记录）：${need.text}`,
        photos: [],
        reporter,
        scopePath: need.orgPath,
        byRole: '走访代为反映',
        stepText: `${reporter.name}走访${need.elderName}时代为提交`,
        numberTail: need._id.replace(/[^A-Za-z0-9]/g, ''),
      })
    }
    const patch = { status: data.to, linkedId, handledByName: reporter.name, handledAt: new Date(), updatedAt: new Date() }
    work.patch('careNeeds', need._id, patch)
    work.audit(caller, 'care.convertNeed', need._id, { to: data.to, linkedId })
    return success({ need: toNeedView({ ...need, ...patch }, scope, memberId), linkedId })
  })
}
