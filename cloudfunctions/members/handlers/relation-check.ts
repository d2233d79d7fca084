import type { ConfirmRelationResponse, RelationCheckView } from '../../../core/contract/members'
import type { MemberDoc, RelationCheckDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import { canMarkLostContact } from '../../../core/rules/contact'
import { relationConfirmationId } from '../../../core/rules/roster'
import { beijingDay, isoOf, isoOrNull, toDate } from '../../../core/time'
import { writeAudit } from '../../_core/audit'
import type { Handler } from '../../_core/create-function'
import { command, countWhere, findById, findMany, findOne, insert, serverDate, updateWhere } from '../../_core/db'
import { pageBy } from '../../_core/paging'
import { mayActFor } from '../../_core/pairing'
import { isDuplicateKeyError } from '../../_core/db-errors'
import { shortHash } from '../lib/ids'
import { canManageMember, loadMemberInScope, rootInScope } from '../lib/scope'
import { orgsById, toDetail, toListItem } from '../lib/views'

function toView(check: RelationCheckDoc): RelationCheckView {
  return { id: check._id, title: check.title, status: check.status, startedAt: isoOf(check.startedAt) }
}

/**
 * The admin starts a 组织关系排查; the previous open one closes. The id derives from the day and the
 * title, so a retried start returns the same check instead of opening a second one.
 */
export const startRelationCheck: Handler<'members', 'startRelationCheck'> = async ({ data, caller }) => {
  const day = beijingDay(new Date()).replace(/-/g, '')
  const id = `rc-${day}-${shortHash(data.title)}`
  const existing = await findById<RelationCheckDoc>('relationChecks', id)
  if (existing) return success({ check: toView(existing) })
  try {
    await insert('relationChecks', {
      _id: id,
      title: data.title,
      status: 'open',
      startedByOpenid: caller.openid,
      startedAt: serverDate(),
      closedAt: null,
    })
    await writeAudit(caller, 'members.startRelationCheck', id, { title: data.title })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  const check = (await findById<RelationCheckDoc>('relationChecks', id))!
  await closeOlderChecks(check)
  return success({ check: toView((await findById<RelationCheckDoc>('relationChecks', id)) ?? check) })
}

/**
 * Only the newest check stays open: each start closes the open checks that began before it (ties
 * broken by id). Two starts at the same moment thus agree on one survivor, whatever their order.
 */
async function closeOlderChecks(check: RelationCheckDoc): Promise<void> {
  const _ = command()
  const closed = { status: 'closed', closedAt: serverDate() }
  await updateWhere('relationChecks', { status: 'open', startedAt: _.lt(check.startedAt) }, closed)
  await updateWhere('relationChecks', { status: 'open', startedAt: _.eq(check.startedAt), _id: _.lt(check._id) }, closed)
}

/**
 * One tap: the member confirms they can be reached. For someone else (`forMemberId`): their paired
 * helper, or a manager of their subtree, after a phone call. The confirmation's id is checkId:memberId,
 * so it is recorded once, with who confirmed; the member's lastContactAt is stamped by the server.
 */
export const confirmRelation: Handler<'members', 'confirmRelation'> = async ({ data, caller }) => {
  const check = data.checkId
    ? await findById<RelationCheckDoc>('relationChecks', data.checkId)
    : await findOne<RelationCheckDoc>('relationChecks', { status: 'open' })
  if (!check || check.status !== 'open') return failure('MEMBER.NO_RELATION_CHECK')

  let member: MemberDoc
  let method: ConfirmRelationResponse['method']
  if (!data.forMemberId || data.forMemberId === caller.member?._id) {
    if (!caller.member) return failure('MEMBER.NOT_A_MEMBER')
    member = caller.member
    method = 'self'
  } else {
    const target = await findById<MemberDoc>('members', data.forMemberId)
    if (!target || target.archived) return failure('COMMON.NOT_FOUND')
    if (mayActFor(caller.member, target)) method = 'helper'
    else if (canManageMember(caller, target)) method = 'manager'
    else return failure('COMMON.NOT_FOUND')
    member = target
  }

  let first = true
  try {
    await insert('relationConfirmations', {
      _id: relationConfirmationId(check._id, member._id),
      checkId: check._id,
      memberId: member._id,
      orgPath: member.orgPath,
      method,
      byOpenid: caller.openid,
      byMemberId: caller.member?._id ?? null,
      at: serverDate(),
    })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    first = false
  }
  // Stamped whenever not yet stamped for this check, not only on the first insert: a retry after a
  // confirmation whose member update was lost (crash, lost reply) completes it instead of skipping it.
  const stamped = await updateWhere(
    'members',
    { _id: member._id, lastConfirmedCheckId: command().neq(check._id) },
    { lastConfirmedCheckId: check._id, lastContactAt: serverDate() },
  )
  if (stamped && method === 'manager') await writeAudit(caller, 'members.confirmRelation', member._id, { checkId: check._id })
  return success({ checkId: check._id, memberId: member._id, method, firstConfirmation: first })
}

/** Progress of a check in the caller's subtree, and who has not answered (keyset pages by sortKey). */
export const relationCheckStatus: Handler<'members', 'relationCheckStatus'> = async ({ data, caller }) => {
  const check = data.checkId ? await findById<RelationCheckDoc>('relationChecks', data.checkId) : await latestCheck()
  if (data.checkId && !check) return failure('MEMBER.NO_RELATION_CHECK')
  const rootId = await rootInScope(caller, data.orgId)
  if (!rootId.ok) return rootId
  const inScope = { orgPath: rootId.value, archived: false }
  const unanswered = check ? { ...inScope, lastConfirmedCheckId: command().neq(check._id) } : inScope
  const [total, confirmed, page] = await Promise.all([
    countWhere('members', inScope),
    check ? countWhere('members', { ...inScope, lastConfirmedCheckId: check._id }) : Promise.resolve(0),
    pageBy<MemberDoc>('members', unanswered, { by: 'sortKey', direction: 'asc', unique: true }, data),
  ])
  if (!page.ok) return page
  const orgs = await orgsById(page.value.items.map((member) => member.orgId))
  const now = new Date()
  return success({
    check: check ? toView(check) : null,
    total,
    confirmed,
    unanswered: page.value.items.map((member) => ({
      ...toListItem(member, orgs, true), // only managers of this subtree reach the status
      lastContactAt: isoOrNull(member.lastContactAt),
      canMarkLostContact:
        member.status !== 'lostContact' && canMarkLostContact(toDate(member.lastContactAt), toDate(member.createdAt)!, now),
    })),
    nextCursor: page.value.nextCursor,
  })
}

/** 失联: only after 6+ months without contact (GLOSSARY); clearing the mark is always allowed. */
export const markLostContact: Handler<'members', 'markLostContact'> = async ({ data, caller }) => {
  const loaded = await loadMemberInScope(caller, data.memberId)
  if (!loaded.ok) return loaded
  const member = loaded.value
  if (data.lost && member.status !== 'lostContact') {
    if (!canMarkLostContact(toDate(member.lastContactAt), toDate(member.createdAt)!, new Date())) return failure('MEMBER.RECENT_CONTACT')
    await updateWhere(
      'members',
      { _id: member._id, status: member.status },
      { status: 'lostContact', version: command().inc(1), updatedAt: serverDate() },
    )
    await writeAudit(caller, 'members.markLostContact', member._id, { lost: true })
  } else if (!data.lost && member.status === 'lostContact') {
    await updateWhere(
      'members',
      { _id: member._id, status: 'lostContact' },
      { status: 'normal', version: command().inc(1), updatedAt: serverDate() },
    )
    await writeAudit(caller, 'members.markLostContact', member._id, { lost: false })
  }
  return success({ member: await toDetail((await findById<MemberDoc>('members', member._id))!, true) })
}

async function latestCheck(): Promise<RelationCheckDoc | null> {
  const [latest] = await findMany<RelationCheckDoc>('relationChecks', {}, { orderBy: [['startedAt', 'desc']], limit: 1 })
  return latest ?? null
}
