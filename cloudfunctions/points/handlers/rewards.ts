import type { PointRewardDoc } from '../../../core/points/model'
import { failure, success } from '../../../core/result'
import { photoReviews, screenPhotos, screenText } from '../../_core/content-security'
import type { Handler } from '../../_core/create-function'
import { inTransaction } from '../../_core/transaction'
import { shelf } from '../lib/shelf'
import { toRewardView } from '../lib/views'

/** The 公益集市 catalogue in display order; admins may include rewards taken off the shelf. */
export const rewards: Handler<'points', 'rewards'> = async ({ data, caller }) => {
  const docs = await shelf<PointRewardDoc>('pointRewards', caller, data.includeInactive)
  // The committee (who edits them) sees every photo; others only those WeChat's media check passed.
  const reviews = caller.role === 'admin' ? null : await photoReviews(docs.flatMap((doc) => (doc.photo ? [doc.photo] : [])))
  return success({ items: docs.map((doc) => toRewardView(doc, reviews)) })
}

/**
 * Create or change a reward. Stock moves by `stockChange` inside a transaction (never set outright),
 * so a restock racing with redemptions loses none of them, and it never goes below zero.
 */
export const upsertReward: Handler<'points', 'upsertReward'> = async ({ data, caller }) => {
  const text = await screenText(caller, [data.name, data.description], 'forum')
  if (!text.ok) return text
  const photo = await screenPhotos(caller, data.photo ? [data.photo] : [], 'forum')
  if (!photo.ok) return photo
  const now = new Date()
  const id = data.id ?? `reward-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
  return inTransaction(async (work) => {
    const current = await work.get<PointRewardDoc>('pointRewards', id)
    if (data.id && !current) return failure('COMMON.NOT_FOUND')
    const stock = (current?.stock ?? 0) + data.stockChange
    if (stock < 0) return failure('COMMON.VALIDATION', `stockChange：库存不足，当前仅剩 ${current?.stock ?? 0}`, 'stockChange')
    const fields = {
      name: data.name,
      description: data.description,
      photo: data.photo,
      price: data.price,
      stock,
      monthlyLimit: data.monthlyLimit,
      active: data.active,
      updatedAt: now,
    }
    const doc = current
      ? (work.patch('pointRewards', id, fields), current)
      : work.create<PointRewardDoc>('pointRewards', id, { ...fields, sort: now.getTime(), createdAt: now })
    work.audit(caller, 'points.upsertReward', id, {
      name: data.name,
      price: data.price,
      stockChange: data.stockChange,
      active: data.active,
    })
    return success({ reward: toRewardView(doc) })
  })
}
