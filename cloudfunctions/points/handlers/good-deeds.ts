import type { GoodDeedView } from '../../../core/contract/points'
import type { GoodDeedDoc, PointCategoryDoc } from '../../../core/points/model'
import { failure, success, type Result } from '../../../core/result'
import { managesOrgPath } from '../../_core/caller'
import { screenPhotos, screenText } from '../../_core/content-security'
import type { Handler, HandlerResult } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { rankedPersonOf } from '../../_core/ledger'
import { pageBy, viewPage } from '../../_core/paging'
import { elderFor } from '../../_core/pairing'
import { inTransaction, inTransactionFor } from '../../_core/transaction'
import { callerPerson } from '../lib/person'
import { settleReview } from '../lib/review'
import { deedViews, toDeedView } from '../lib/views'
import { photoReviews } from '../../_core/content-security'

/**
 * 日行一善: a person reports a good deed (or a helper for an elder they are paired with). The report's
 * `_id` comes from the reporter and their requestId, so a retried submit stores it once.
 */
export const submitGoodDeed: Handler<'points', 'submitGoodDeed'> = async ({ data, caller }) => {
  const reporter = callerPerson(caller)
  if (!reporter.ok) return reporter
  let personId = reporter.value.id
  if (data.forPersonId && data.forPersonId !== personId) {
    if (!(await elderFor(caller.member, data.forPersonId))) return failure('POINTS.NOT_YOUR_ELDER')
    personId = data.forPersonId
  }
  const person = await rankedPersonOf(personId)
  if (!person) return failure('POINTS.PERSON_NOT_FOUND')
  const deedId = `deed-${reporter.value.id}-${data.requestId}`
  // Reviewers (and, once approved, the community) read it: WeChat's content check first.
  const text = await screenText(caller, [data.text], 'forum')
  if (!text.ok) return text
  const photos = await screenPhotos(caller, data.photos, 'forum')
  if (!photos.ok) return photos

  const reviews = await photoReviews(data.photos)
  return inTransaction(async (work) => {
    const existing = await work.get<GoodDeedDoc>('goodDeeds', deedId)
    if (existing) return success({ deed: toDeedView(existing, reviews, reporter.value.id), created: false })
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
    return success({ deed: toDeedView(deed, reviews, reporter.value.id), created: true })
  })
}

/** Good deeds reported by me or for me, newest first. */
export const myGoodDeeds: Handler<'points', 'myGoodDeeds'> = async ({ data, caller }) => {
  const person = callerPerson(caller)
  if (!person.ok) return person
  return deedsPage({ personId: person.value.id }, data, person.value.id)
}

/** Reports in the reviewer's subtree, by status, newest first. */
export const goodDeeds: Handler<'points', 'goodDeeds'> = async ({ data, caller }) => {
  if (!caller.scopeOrg) return failure('COMMON.FORBIDDEN')
  return deedsPage({ status: data.status, orgPath: caller.scopeOrg._id }, data, caller.member?._id ?? null)
}

/**
 * A secretary of the person's subtree (or an admin) approves — the points are posted with key
 * `deed:<deedId>` in the same transaction — or rejects with a reason. A second review finds it reviewed.
 */
export const reviewGoodDeed: Handler<'points', 'reviewGoodDeed'> = async ({ data, caller }) => {
  if (data.decision === 'reject' && !data.reason) return failure('COMMON.VALIDATION', 'reason：驳回时必须填写原因', 'reason')
  const found = await findById<GoodDeedDoc>('goodDeeds', data.deedId)
  if (!found || !managesOrgPath(caller, found.orgPath)) return failure('COMMON.NOT_FOUND')
  const person = data.decision === 'approve' ? await rankedPersonOf(found.personId) : undefined

  return inTransactionFor(`account:${found.personId}`, async (work): Promise<Result<{ deed: GoodDeedView }>> => {
    const deed = await work.get<GoodDeedDoc>('goodDeeds', data.deedId)
    if (!deed || !managesOrgPath(caller, deed.orgPath)) return failure('COMMON.NOT_FOUND')
    if (deed.status !== 'pending') return failure('POINTS.ALREADY_REVIEWED')
    const settled = await settleReview(work, caller, { collection: 'goodDeeds', id: deed._id, reasonField: 'reason' }, data, {
      key: `deed:${deed._id}`,
      accountId: deed.personId,
      amount: deed.points,
      kind: 'deed',
      reason: `日行一善「${deed.categoryName}」`,
      ref: deed._id,
      ...(person ? { person } : {}),
    })
    if (!settled.ok) return settled
    work.audit(caller, 'points.reviewGoodDeed', deed._id, { decision: data.decision, personId: deed.personId, points: deed.points })
    return success({ deed: toDeedView(deed, await photoReviews(deed.photos), caller.member?._id ?? null) })
  })
}

/** Reports matching `filter`, newest first. */
async function deedsPage(
  filter: Record<string, unknown>,
  request: { cursor?: string; limit: number },
  viewerId: string | null,
): HandlerResult<'points', 'goodDeeds'> {
  const page = await pageBy<GoodDeedDoc>('goodDeeds', filter, { by: 'submittedAt', direction: 'desc' }, request)
  if (!page.ok) return page
  const views = new Map((await deedViews(page.value.items, viewerId)).map((view) => [view.id, view]))
  return success(viewPage(page.value, (doc) => views.get(doc._id)!))
}
