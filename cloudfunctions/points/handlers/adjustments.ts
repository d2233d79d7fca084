import type { AdjustmentView, PersonHit } from '../../../core/contract/points'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import { DEFAULT_ADJUST_THRESHOLD, type PointAccountDoc, type PointAdjustmentDoc, type PointSettingsDoc } from '../../../core/points/model'
import { failure, success, type Result } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { command, findById, findByIds, findMany } from '../../_core/db'
import { postInTx, rankedPersonOf } from '../../_core/ledger'
import { inTransaction, inTransactionFor, type TxWork } from '../../_core/transaction'
import { pageBy, viewPage } from '../../_core/paging'
import { actorName } from '../../_core/person'
import { approvalRule, mayReview } from '../lib/approval'
import { settleReview } from '../lib/review'
import { toAdjustmentView } from '../lib/views'

const SETTINGS_ID = 'settings'

async function thresholdIn(work: TxWork): Promise<number> {
  return (await work.get<PointSettingsDoc>('pointSettings', SETTINGS_ID))?.adjustThreshold ?? DEFAULT_ADJUST_THRESHOLD
}

export const settings: Handler<'points', 'settings'> = async () => {
  const doc = await findById<PointSettingsDoc>('pointSettings', SETTINGS_ID)
  return success({ adjustThreshold: doc?.adjustThreshold ?? DEFAULT_ADJUST_THRESHOLD, ...(await approvalRule()) })
}

export const updateSettings: Handler<'points', 'updateSettings'> = async ({ data, caller }) => {
  await inTransaction(async (work) => {
    await work.put('pointSettings', SETTINGS_ID, { adjustThreshold: data.adjustThreshold, updatedAt: new Date() })
    work.audit(caller, 'points.updateSettings', SETTINGS_ID, { adjustThreshold: data.adjustThreshold })
  })
  return success({ adjustThreshold: data.adjustThreshold, ...(await approvalRule()) })
}

/** Members (by name prefix, on the roster's sort key) and residents (by exact name) with their balances. */
export const people: Handler<'points', 'people'> = async ({ data }) => {
  const _ = command()
  const [members, residents] = await Promise.all([
    findMany<MemberDoc>(
      'members',
      { sortKey: _.gte(data.name).and(_.lt(`${data.name}\uffff`)), archived: false },
      { orderBy: [['sortKey', 'asc']], limit: 10 },
    ),
    findMany<ResidentDoc>('residents', { name: data.name }, { limit: 10 }),
  ])
  const found: Array<[MemberDoc | ResidentDoc, PersonHit['kind']]> = [
    ...members.map((m): [MemberDoc, 'member'] => [m, 'member']),
    ...residents.map((r): [ResidentDoc, 'resident'] => [r, 'resident']),
  ]
  const accounts = await findByIds<PointAccountDoc>(
    'pointAccounts',
    found.map(([person]) => person._id),
  )
  return success({
    items: found.map(([person, kind]): PersonHit => ({
      id: person._id,
      name: person.name,
      building: person.building,
      kind,
      balance: accounts.get(person._id)?.balance ?? 0,
    })),
  })
}

/**
 * An admin adds or removes points with a reason. Up to the threshold it is posted at once (key
 * `adjust:<adjustmentId>`); above it, it waits for a second, different admin. A repeated request
 * (same admin, same requestId) finds the first one.
 */
export const adjust: Handler<'points', 'adjust'> = async ({ data, caller }) => {
  const person = await rankedPersonOf(data.personId)
  if (!person) return failure('POINTS.PERSON_NOT_FOUND')
  const id = `adj-${caller.openid}-${data.requestId}`
  return inTransactionFor(`account:${data.personId}`, async (work): Promise<Result<{ adjustment: AdjustmentView }>> => {
    const existing = await work.get<PointAdjustmentDoc>('pointAdjustments', id)
    if (existing) return success({ adjustment: toAdjustmentView(existing, caller.openid) })
    const now = new Date()
    const immediate = Math.abs(data.amount) <= (await thresholdIn(work))
    if (immediate) {
      const posted = await postInTx(work, {
        key: `adjust:${id}`,
        accountId: data.personId,
        amount: data.amount,
        kind: 'adjust',
        reason: `积分调整：${data.reason}`,
        ref: id,
        person,
      })
      if (!posted.ok) return posted
    }
    const doc = work.create<PointAdjustmentDoc>('pointAdjustments', id, {
      personId: data.personId,
      personName: person.name,
      amount: data.amount,
      reason: data.reason,
      status: immediate ? 'applied' : 'pending',
      createdByOpenid: caller.openid,
      createdByName: actorName(caller),
      reviewedByOpenid: null,
      rejectReason: null,
      createdAt: now,
      reviewedAt: immediate ? now : null,
    })
    work.audit(caller, 'points.adjust', id, { personId: data.personId, amount: data.amount, status: doc.status })
    return success({ adjustment: toAdjustmentView(doc, caller.openid) })
  })
}

export const adjustments: Handler<'points', 'adjustments'> = async ({ data, caller }) => {
  if (!(await mayReview(caller))) return failure('POINTS.SECOND_APPROVER')
  const page = await pageBy<PointAdjustmentDoc>('pointAdjustments', { status: data.status }, { by: 'createdAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(viewPage(page.value, (doc) => toAdjustmentView(doc, caller.openid)))
}

/**
 * A second admin (never the one who asked) approves — posting it — or rejects with a reason; while
 * the committee has one admin, a 支部书记 does (approvalRule).
 */
export const approveAdjustment: Handler<'points', 'approveAdjustment'> = async ({ data, caller }) => {
  if (data.decision === 'reject' && !data.reason) return failure('COMMON.VALIDATION', 'reason：驳回时必须填写原因', 'reason')
  if (!(await mayReview(caller))) return failure('POINTS.SECOND_APPROVER')
  const found = await findById<PointAdjustmentDoc>('pointAdjustments', data.adjustmentId)
  if (!found) return failure('COMMON.NOT_FOUND')
  const person = data.decision === 'approve' ? await rankedPersonOf(found.personId) : undefined
  return inTransactionFor(`adjustment:${data.adjustmentId}`, async (work): Promise<Result<{ adjustment: AdjustmentView }>> => {
    const doc = await work.get<PointAdjustmentDoc>('pointAdjustments', data.adjustmentId)
    if (!doc) return failure('COMMON.NOT_FOUND')
    if (doc.status !== 'pending') return failure('POINTS.ADJUSTMENT_REVIEWED')
    if (doc.createdByOpenid === caller.openid) return failure('POINTS.SAME_ADMIN')
    const settled = await settleReview(work, caller, { collection: 'pointAdjustments', id: doc._id, reasonField: 'rejectReason' }, data, {
      key: `adjust:${doc._id}`,
      accountId: doc.personId,
      amount: doc.amount,
      kind: 'adjust',
      reason: `积分调整：${doc.reason}`,
      ref: doc._id,
      ...(person ? { person } : {}),
    })
    if (!settled.ok) return settled
    work.audit(caller, 'points.approveAdjustment', doc._id, { decision: data.decision, amount: doc.amount, personId: doc.personId })
    return success({ adjustment: toAdjustmentView(doc, caller.openid) })
  })
}

/** The proposer takes back an adjustment still waiting for approval; nothing was posted, nothing is. */
export const withdrawAdjustment: Handler<'points', 'withdrawAdjustment'> = async ({ data, caller }) =>
  inTransactionFor(`adjustment:${data.adjustmentId}`, async (work): Promise<Result<{ adjustment: AdjustmentView }>> => {
    const doc = await work.get<PointAdjustmentDoc>('pointAdjustments', data.adjustmentId)
    if (!doc) return failure('COMMON.NOT_FOUND')
    if (doc.createdByOpenid !== caller.openid) return failure('POINTS.NOT_PROPOSER')
    // A retry after success finds it withdrawn already: the same answer, no second audit entry.
    if (doc.status === 'withdrawn') return success({ adjustment: toAdjustmentView(doc, caller.openid) })
    if (doc.status !== 'pending') return failure('POINTS.ADJUSTMENT_REVIEWED')
    const now = new Date()
    work.patch('pointAdjustments', doc._id, { status: 'withdrawn', reviewedByOpenid: caller.openid, reviewedAt: now })
    work.audit(caller, 'points.withdrawAdjustment', doc._id, { personId: doc.personId, amount: doc.amount })
    return success({ adjustment: toAdjustmentView({ ...doc, status: 'withdrawn', reviewedAt: now }, caller.openid) })
  })
