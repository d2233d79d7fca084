import { WISH_POINTS } from '../../../core/community/constants'
import type { WishDoc } from '../../../core/community/model'
import { failure, success, type Result } from '../../../core/result'
import { beijingDay } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { command, findById, findMany, updateWhere } from '../../_core/db'
import { postInTx, rankedPersonOf } from '../../_core/ledger'
import { elderFor } from '../../_core/pairing'
import { personOrFail } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { tellInTx } from '../lib/outbox'
import { screenUserContent } from '../lib/screen'
import { toWishView } from '../lib/views'

/**
 * One claimant at a time: the claim is a conditional update of an open wish, so of fifty people
 * tapping at once exactly one changes it and the others find it claimed (WISH.NOT_OPEN). The same
 * person tapping twice is answered with their claim.
 */
export const claimWish: Handler<'community', 'claimWish'> = async ({ data, caller }) => {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const me = person.value.id
  const found = await findById<WishDoc>('wishes', data.wishId)
  if (!found || found.status === 'pending' || found.status === 'rejected') return failure('COMMON.NOT_FOUND')
  if (found.wisherId === me || found.posterId === me || (caller.member?.pairedElderIds ?? []).includes(found.wisherId))
    return failure('WISH.OWN_WISH')
  if (found.status === 'open') {
    const now = new Date()
    await updateWhere(
      'wishes',
      { _id: found._id, status: 'open' },
      { status: 'claimed', claimantId: me, claimantName: person.value.name, claimedAt: now, updatedAt: now },
    )
  }
  const after = await findById<WishDoc>('wishes', found._id)
  if (!after || after.status !== 'claimed' || after.claimantId !== me) return failure('WISH.NOT_OPEN')
  return success({ wish: toWishView(after, caller) })
}

/** The claimant reports it done, with a photo; the wish waits for the wisher's confirmation. */
export const fulfilWish: Handler<'community', 'fulfilWish'> = async ({ data, caller }) => {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const screened = await screenUserContent(caller, [data.note], [data.photo])
  if (!screened.ok) return screened
  const found = await findById<WishDoc>('wishes', data.wishId)
  if (!found || found.status === 'pending' || found.status === 'rejected') return failure('COMMON.NOT_FOUND')
  if (found.claimantId !== person.value.id) return failure('WISH.NOT_CLAIMANT')
  if (found.status === 'fulfilled' || found.status === 'confirmed') return success({ wish: toWishView(found, caller) })
  const now = new Date()
  const changed = await updateWhere(
    'wishes',
    { _id: found._id, status: 'claimed', claimantId: person.value.id },
    { status: 'fulfilled', fulfilPhoto: data.photo, fulfilNote: data.note, fulfilledAt: now, updatedAt: now },
  )
  const after = await findById<WishDoc>('wishes', found._id)
  if (!after || (!changed && after.status !== 'fulfilled') || after.claimantId !== person.value.id) return failure('WISH.WRONG_STATE')
  return success({ wish: toWishView(after, caller) })
}

/**
 * The wisher (or their helper) confirms: in one transaction the wish is confirmed and WISH_POINTS
 * are posted to the fulfiller with key `wish:<wishId>`, so a second confirmation posts nothing.
 */
export const confirmWish: Handler<'community', 'confirmWish'> = async ({ data, caller }) => {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const found = await findById<WishDoc>('wishes', data.wishId)
  if (!found || found.status === 'pending' || found.status === 'rejected') return failure('COMMON.NOT_FOUND')
  const me = person.value.id
  const mayConfirm = found.wisherId === me || found.posterId === me || (await elderFor(caller.member, found.wisherId)) !== null
  if (!mayConfirm) return failure('WISH.NOT_WISHER')
  const fulfiller = found.claimantId ? await rankedPersonOf(found.claimantId) : undefined

  return inTransaction(async (work): Promise<Result<{ wish: ReturnType<typeof toWishView>; points: number }>> => {
    const wish = await work.get<WishDoc>('wishes', data.wishId)
    if (!wish) return failure('COMMON.NOT_FOUND')
    if (wish.status === 'confirmed') return success({ wish: toWishView(wish, caller), points: 0 })
    if (wish.status !== 'fulfilled' || !wish.claimantId) return failure('WISH.WRONG_STATE')
    const posted = await postInTx(work, {
      key: `wish:${wish._id}`,
      accountId: wish.claimantId,
      amount: WISH_POINTS,
      kind: 'wish',
      reason: `圆梦微心愿「${wish.title}」`,
      ref: wish._id,
      ...(fulfiller ? { person: fulfiller } : {}),
    })
    if (!posted.ok) return posted
    const now = new Date()
    work.patch('wishes', wish._id, { status: 'confirmed', confirmedAt: now, updatedAt: now })
    tellInTx(work, {
      _id: `wish-confirmed:${wish._id}`,
      type: 'wish',
      ref: wish._id,
      toId: wish.claimantId,
      toOpenid: null,
      text: `微心愿「${wish.title}」已确认完成，道德银行积分 ${WISH_POINTS} 分已记入您的账户。`,
    })
    return success({ wish: toWishView(wish, caller), points: posted.value.applied ? WISH_POINTS : 0 })
  })
}

export const lapseClaims: Handler<'community', 'lapseClaims'> = async () => success({ lapsed: await lapseDueClaims() })

/**
 * Claims of wishes whose day has passed (Beijing) go back to the wall. Each is a conditional update
 * on the claim it read, so a second run — or two runs at once — lapses a claim once.
 */
export async function lapseDueClaims(now = new Date()): Promise<number> {
  const today = beijingDay(now)
  const _ = command()
  let lapsed = 0
  for (;;) {
    const due = await findMany<WishDoc>('wishes', { status: 'claimed', needBy: _.lt(today) }, { orderBy: [['needBy', 'asc']], limit: 100 })
    if (!due.length) return lapsed
    for (const wish of due) {
      const changed = await updateWhere(
        'wishes',
        { _id: wish._id, status: 'claimed', claimantId: wish.claimantId },
        { status: 'open', claimantId: null, claimantName: null, claimedAt: null, lapses: _.inc(1), updatedAt: now },
      )
      lapsed += changed
    }
    if (due.length < 100) return lapsed
  }
}
