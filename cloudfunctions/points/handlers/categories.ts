import type { PointCategoryDoc } from '../../../core/points/model'
import { failure, success } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { Handler } from '../../_core/create-function'
import { findById, insert, updateWhere } from '../../_core/db'
import { shelf } from '../lib/shelf'
import { toCategoryView } from '../lib/views'

/** Good-deed categories in display order; admins may include the ones switched off. */
export const categories: Handler<'points', 'categories'> = async ({ data, caller }) => {
  const docs = await shelf<PointCategoryDoc>('pointCategories', caller, data.includeInactive)
  return success({ items: docs.map(toCategoryView) })
}

/** Create or change a category (points apply to deeds reviewed from now on; reports keep theirs). */
export const upsertCategory: Handler<'points', 'upsertCategory'> = async ({ data, caller }) => {
  const now = new Date()
  const fields = { name: data.name, points: data.points, description: data.description, active: data.active, updatedAt: now }
  let id = data.id
  if (id) {
    if (!(await findById<PointCategoryDoc>('pointCategories', id))) return failure('COMMON.NOT_FOUND')
    await updateWhere('pointCategories', { _id: id }, fields)
  } else {
    id = await insert('pointCategories', { ...fields, sort: now.getTime(), createdAt: now })
  }
  await writeAudit(caller, 'points.upsertCategory', id, { name: data.name, points: data.points, active: data.active })
  const doc = await findById<PointCategoryDoc>('pointCategories', id)
  if (!doc) throw new Error('category vanished')
  return success({ category: toCategoryView(doc) })
}
