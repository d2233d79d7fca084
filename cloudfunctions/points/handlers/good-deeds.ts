import type { GoodDeedsResponse, GoodDeedView } from '../../../core/contract/points'
import type { GoodDeedDoc, PointCategoryDoc } from '../../../core/points/model'
import { failure, success, type Result } from '../../../core/result'
import { managesOrgPath } from '../../_core/caller'
import type { HandlerContext } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { postInTx, rankedPersonOf } from '../../_core/ledger'
import { inTransaction } from '../../_core/transaction'
import { pageBy } from '../../_core/paging'
import { callerPerson } from '../lib/person'
import { toDeedView } from '../lib/views'

interface SubmitData {
  requestId: string
  categoryId: string
  text: string
  photos: string[]
  forPersonId?: string
}

/**
 * 日行一善: a person reports a good deed (or a helper for an elder they are paired with). The report's
 * `_id` comes from the reporter and their requestId, so a retried submit stores it once.
 */
export async function submitGoodDeed({
  data,
  caller,
}: HandlerContext<SubmitData>): Promise<Result<{ deed: GoodDeedView; created: boolean }>> {
  const reporter = callerPerson(caller)
  if (!reporter.ok) return reporter
  let personId = reporter.value.id
  if (data.forPersonId && data.forPersonId !== personId) {
    if (!caller.member?.pairedElderIds.includes(data.forPersonId)) return failure('POINTS.NOT_YOUR_ELDER')
    personId = data.forPersonId
  }
  const person = await rankedPersonOf(personId)
  if (!person) return failure('POINTS.PERSON_NOT_FOUND')
  const deedId = `deed-${reporter.value.id}-${data.requestId}`

  return inTransaction(async (work) => {
    const existing = await work.get<GoodDeedDoc>('goodDeeds', deedId)
    if (existing) return success({ deed: toDeedView(existing), created: false })
    const category = await work.get<PointCategoryDoc>('pointCategories', data.categoryId)
    if (!category) return failure('COMMON.NOT_FOUND')
    if (!category.active) return failure('POINTS.CATEGORY_UNAVAILABLE')
    const deed = work.create<GoodDeedDoc>('goodDeeds', deedId, {
      personId,
      personName: person.name,
      reporterId: reporter.value.id,
      reporterName: reporter.value.name,
      orgPath: person.orgPath,
      categoryId: category._id,
      categoryName: category.name,
      points: category.points,
      text: data.text,
      photos: data.photos,
      status: 'pending',
      reason: null,
      reviewedByOpenid: null,
      submittedAt: new Date(),
      reviewedAt: null,
    })
    return success({ deed: toDeedView(deed), created: true })
  })
}

/** Good deeds reported by me or for me, newest first. */
export async function myGoodDeeds({
  data,
  caller,
}: HandlerContext<{ cursor?: string; limit: number }>): Promise<Result<GoodDeedsResponse>> {
  const person = callerPerson(caller)
  if (!person.ok) return person
  const paged = await pageBy<GoodDeedDoc>('goodDeeds', { personId: person.value.id }, 'submittedAt', 'desc', data.cursor, data.limit)
  if (!paged) return failure('COMMON.VALIDATION', 'cursor：分页标记无效', 'cursor')
  return success({ items: paged.page.map(toDeedView), nextCursor: paged.nextCursor })
}

/** Reports in the reviewer's subtree, by status, newest first. */
export async function goodDeeds({
  data,
  caller,
}: HandlerContext<{ status: GoodDeedDoc['status']; cursor?: string; limit: number }>): Promise<Result<GoodDeedsResponse>> {
  if (!caller.scopeOrg) return failure('COMMON.FORBIDDEN')
  const filter = { status: data.status, orgPath: caller.scopeOrg._id }
  const paged = await pageBy<GoodDeedDoc>('goodDeeds', filter, 'submittedAt', 'desc', data.cursor, data.limit)
  if (!paged) return failure('COMMON.VALIDATION', 'cursor：分页标记无效', 'cursor')
  return success({ items: paged.page.map(toDeedView), nextCursor: paged.nextCursor })
}

interface ReviewData {
  deedId: string
  decision: 'approve' | 'reject'
  reason?: string
}

/**
 * A secretary of the person's subtree (or an admin) approves — the points are posted with key
 * `deed:<deedId>` in the same transaction — or rejects with a reason. A second review finds it reviewed.
 */
export async function reviewGoodDeed({ data, caller }: HandlerContext<ReviewData>): Promise<Result<{ deed: GoodDeedView }>> {
  if (data.decision === 'reject' && !data.reason) return failure('COMMON.VALIDATION', 'reason：驳回时必须填写原因', 'reason')
  const found = await findById<GoodDeedDoc>('goodDeeds', data.deedId)
  if (!found || !managesOrgPath(caller, found.orgPath)) return failure('COMMON.NOT_FOUND')
  const person = data.decision === 'approve' ? await rankedPersonOf(found.personId) : undefined

  return inTransaction(async (work): Promise<Result<{ deed: GoodDeedView }>> => {
    const deed = await work.get<GoodDeedDoc>('goodDeeds', data.deedId)
    if (!deed || !managesOrgPath(caller, deed.orgPath)) return failure('COMMON.NOT_FOUND')
    if (deed.status !== 'pending') return failure('POINTS.ALREADY_REVIEWED')
    const reviewed = { reviewedByOpenid: caller.openid, reviewedAt: new Date() }
    if (data.decision === 'approve') {
      const posted = await postInTx(work, {
        key: `deed:${deed._id}`,
        accountId: deed.personId,
        amount: deed.points,
        kind: 'deed',
        reason: `日行一善「${deed.categoryName}」`,
        ref: deed._id,
        ...(person ? { person } : {}),
      })
      if (!posted.ok) return posted
      work.patch('goodDeeds', deed._id, { status: 'approved', ...reviewed })
    } else {
      work.patch('goodDeeds', deed._id, { status: 'rejected', reason: data.reason ?? null, ...reviewed })
    }
    work.audit(caller, 'points.reviewGoodDeed', deed._id, { decision: data.decision, personId: deed.personId, points: deed.points })
    return success({ deed: toDeedView(deed) })
  })
}
