import type { PatrolMemberDoc, TicketDoc } from '../../../core/community/model'
import { failure, success } from '../../../core/result'
import { ROLE_LABELS } from '../../../core/roles'
import { managesOrgPath } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { createTicket } from '../../_core/community-records'
import { command, findById } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { pairedPersonFor } from '../../_core/pairing'
import { personOrFail } from '../../_core/person'
import { createOnce } from '../../_core/transaction'
import { scopePathOfBuilding } from '../lib/scope'
import { screenUserContent } from '../lib/screen'
import { wallWithCheckedPhotos } from '../lib/photo-review'
import { isReporter, toTicketView, toWallItem } from '../lib/views'

/**
 * 民生诉求 reported and looked up. The ticket's `_id` comes from the reporter and their requestId, so
 * a re-sent report stores one ticket. Patrol findings (kind `patrol`) are 安全隐患 filed by a member
 * the admin marked as a patrol member.
 */
export const reportTicket: Handler<'community', 'reportTicket'> = async ({ data, caller }) => {
  const self = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!self.ok) return self
  const forElder = data.forPersonId && data.forPersonId !== self.value.id
  if (forElder && data.kind === 'patrol') return failure('COMMON.VALIDATION', 'kind：巡查发现须由巡查队员本人上报', 'kind')
  // For a paired elder (结对 member or 一对一帮扶 resident): the elder reports, the helper is recorded.
  const elder = forElder ? await pairedPersonFor(caller.member, data.forPersonId!) : null
  if (forElder && !elder) return failure('PAIRING.NOT_YOUR_ELDER')
  const reporter = elder ? { id: elder.id, name: elder.name } : { id: self.value.id, name: self.value.name }
  const helper = elder && caller.member ? { id: caller.member._id, name: caller.member.name } : undefined
  if (data.kind === 'patrol') {
    const patrol = caller.member ? await findById<PatrolMemberDoc>('patrolMembers', caller.member._id) : null
    if (!patrol?.active) return failure('TICKET.NOT_PATROL')
    if (data.category !== 'safety') return failure('COMMON.VALIDATION', 'category：巡查发现须选择「安全隐患」', 'category')
  }
  const screened = await screenUserContent(caller, [data.building, data.text], data.photos)
  if (!screened.ok) return screened
  const scopePath = await scopePathOfBuilding(data.building)
  const ticketId = `ticket-${reporter.id}-${data.requestId}`

  const { doc, created } = await createOnce<TicketDoc>('tickets', ticketId, (work) =>
    createTicket(work, ticketId, {
      kind: data.kind,
      category: data.category,
      building: data.building,
      text: data.text,
      photos: data.photos,
      // Step messages go to whoever sent it: the helper, for an elder who may have no phone.
      reporter: { ...reporter, openid: caller.openid },
      scopePath,
      byRole: data.kind === 'patrol' ? '巡查队员' : helper ? '结对党员代为反映' : ROLE_LABELS[caller.role],
      stepText: data.kind === 'patrol' ? '巡查发现安全隐患' : helper ? `${helper.name}代${reporter.name}提交诉求` : '提交诉求',
      numberTail: data.requestId,
      ...(helper ? { byHelper: helper } : {}),
    }),
  )
  return success({ ticket: toTicketView(doc, caller), created })
}

export const myTickets: Handler<'community', 'myTickets'> = async ({ data, caller }) => {
  const reporter = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!reporter.ok) return reporter
  const page = await pageBy<TicketDoc>('tickets', { reporterId: reporter.value.id }, { by: 'reportedAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(viewPage(page.value, (ticket) => toTicketView(ticket, caller)))
}

/** A ticket's timeline: for its reporter, its handler (a member) and the managers of its scope. */
export const ticket: Handler<'community', 'ticket'> = async ({ data, caller }) => {
  const found = await findById<TicketDoc>('tickets', data.ticketId)
  const handlesIt = found?.handler?.kind === 'person' && found.handler.memberId === caller.member?._id
  if (!found || !(isReporter(found, caller) || handlesIt || managesOrgPath(caller, found.scopePath))) return failure('COMMON.NOT_FOUND')
  return success({ ticket: toTicketView(found, caller) })
}

/** The manager's queue: tickets of their subtree, by status, newest first. */
export const ticketQueue: Handler<'community', 'ticketQueue'> = async ({ data, caller }) => {
  if (!caller.scopeOrg) return failure('COMMON.FORBIDDEN')
  const filter = { scopePath: caller.scopeOrg._id, ...(data.status ? { status: data.status } : {}) }
  const page = await pageBy<TicketDoc>('tickets', filter, { by: 'reportedAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(viewPage(page.value, (ticket) => toTicketView(ticket, caller)))
}

/** 问题墙: solved problems, latest first, the reporter's name masked. */
export const problemWall: Handler<'community', 'problemWall'> = async ({ data }) => {
  const page = await pageBy<TicketDoc>(
    'tickets',
    { status: command().in(['closed', 'rated']) },
    { by: 'closedAt', direction: 'desc' },
    data,
  )
  if (!page.ok) return page
  const items = viewPage(page.value, toWallItem)
  return success({ ...items, items: await wallWithCheckedPhotos(items.items) })
}
