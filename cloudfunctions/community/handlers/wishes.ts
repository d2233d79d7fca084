import { WISH_MAX_DAYS_AHEAD } from '../../../core/community/constants'
import type { WishDoc } from '../../../core/community/model'
import { failure, success } from '../../../core/result'
import { beijingDay, beijingDayBefore } from '../../../core/time'
import { managesOrgPath } from '../../_core/caller'
import type { Handler, HandlerContext, HandlerResult } from '../../_core/create-function'
import { createWish } from '../../_core/community-records'
import { command, findById } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { elderFor } from '../../_core/pairing'
import { memberAsPerson, personOrFail } from '../../_core/person'
import { createOnce, inTransaction } from '../../_core/transaction'
import { orgPathOfPerson } from '../lib/scope'
import { screenUserContent } from '../lib/screen'
import { withCheckedPhotos } from '../lib/photo-review'
import { partIn, toWishView } from '../lib/views'

/**
 * 微心愿 posted and reviewed. The wish's `_id` comes from the poster and their requestId, so a re-sent
 * post stores it once. A helper may post for an elder they are paired with (both 结对 links hold);
 * the elder is then the wisher, and the branch of the wisher reviews it.
 */
export const postWish: Handler<'community', 'postWish'> = async ({ data, caller }) => {
  const poster = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!poster.ok) return poster
  let wisher = poster.value
  if (data.forPersonId && data.forPersonId !== poster.value.id) {
    const elder = await elderFor(caller.member, data.forPersonId)
    if (!elder) return failure('COMMUNITY.NOT_YOUR_ELDER')
    wisher = memberAsPerson(elder)
  }
  const today = beijingDay(new Date())
  if (data.needBy <= today || data.needBy > beijingDayBefore(new Date(), -WISH_MAX_DAYS_AHEAD))
    return failure('WISH.BAD_DATE', undefined, 'needBy')
  const screened = await screenUserContent(caller, [data.title, data.text], data.photo ? [data.photo] : [])
  if (!screened.ok) return screened
  const orgPath = await orgPathOfPerson(wisher.id)
  const wishId = `wish-${poster.value.id}-${data.requestId}`

  const { doc, created } = await createOnce<WishDoc>('wishes', wishId, (work) =>
    createWish(work, wishId, {
      title: data.title,
      text: data.text,
      needBy: data.needBy,
      photo: data.photo,
      wisher,
      poster: poster.value,
      orgPath,
    }),
  )
  return success({ wish: toWishView(doc, caller), created })
}

/** 心愿墙: open wishes newest approval first; claimed and fulfilled ones likewise. */
export const wishWall: Handler<'community', 'wishWall'> = async ({ data, caller }) => {
  const statuses = data.status === 'confirmed' ? ['confirmed'] : data.status === 'claimed' ? ['claimed', 'fulfilled'] : ['open']
  const page = await pageBy<WishDoc>('wishes', { status: command().in(statuses) }, { by: 'openedAt', direction: 'desc' }, data)
  if (!page.ok) return page
  const views = viewPage(page.value, (wish) => toWishView(wish, caller))
  return success({ ...views, items: await withCheckedPhotos(views.items) })
}

/** One wish: anyone sees it once approved; before that (or when rejected) only its wisher and managers. */
export const wish: Handler<'community', 'wish'> = async ({ data, caller }) => {
  const found = await findById<WishDoc>('wishes', data.wishId)
  if (!found) return failure('COMMON.NOT_FOUND')
  const hidden = found.status === 'pending' || found.status === 'rejected'
  const manages = managesOrgPath(caller, found.orgPath)
  if (hidden && partIn(found, caller) !== 'wisher' && !manages) return failure('COMMON.NOT_FOUND')
  const [view] = await withCheckedPhotos([toWishView(found, caller)], manages)
  return success({ wish: view })
}

/** Wishes I made (or posted for my elder: they carry my id as poster), or that I claimed. */
export async function myWishes({ data, caller }: HandlerContext<'community', 'myWishes'>): HandlerResult<'community', 'myWishes'> {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const _ = command()
  const filter =
    data.part === 'claimant' ? { claimantId: person.value.id } : _.or([{ wisherId: person.value.id }, { posterId: person.value.id }])
  const page = await pageBy<WishDoc>('wishes', filter as Record<string, unknown>, { by: 'postedAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(viewPage(page.value, (wish) => toWishView(wish, caller)))
}

/** Wishes waiting for review in the manager's subtree, oldest first. */
export const pendingWishes: Handler<'community', 'pendingWishes'> = async ({ data, caller }) => {
  if (!caller.scopeOrg) return failure('COMMON.FORBIDDEN')
  const page = await pageBy<WishDoc>(
    'wishes',
    { status: 'pending', orgPath: caller.scopeOrg._id },
    { by: 'postedAt', direction: 'asc' },
    data,
  )
  if (!page.ok) return page
  return success(viewPage(page.value, (wish) => toWishView(wish, caller)))
}

/** A secretary of the wisher's branch (or the admin) puts a wish on the wall or turns it down with a reason. */
export const reviewWish: Handler<'community', 'reviewWish'> = async ({ data, caller }) => {
  if (data.decision === 'reject' && !data.reason) return failure('COMMON.VALIDATION', 'reason：驳回时必须填写原因', 'reason')
  return inTransaction(async (work) => {
    const found = await work.get<WishDoc>('wishes', data.wishId)
    if (!found || !managesOrgPath(caller, found.orgPath)) return failure('COMMON.NOT_FOUND')
    if (found.status !== 'pending') return failure('WISH.ALREADY_REVIEWED')
    const now = new Date()
    work.patch(
      'wishes',
      found._id,
      data.decision === 'approve'
        ? { status: 'open', openedAt: now, reviewedByOpenid: caller.openid, updatedAt: now }
        : { status: 'rejected', reason: data.reason ?? null, reviewedByOpenid: caller.openid, updatedAt: now },
    )
    work.audit(caller, 'community.reviewWish', found._id, { decision: data.decision })
    return success({ wish: toWishView(found, caller) })
  })
}
