import { useState } from 'react'
import type { PointCategoryView } from '@core/contract'
import type { AppError } from '@core/errors'
import { useLoad } from '../../../shared/useLoad'
import { fetchCategories, upsertCategory } from '../../../services/points'

export interface CategoryDraft {
  id?: string
  name: string
  points: string
  description: string
  active: 'yes' | 'no'
}

const EMPTY: CategoryDraft = { name: '', points: '', description: '', active: 'yes' }

/** 日行一善 categories for admins: all of them, one form for new or edit. */
export function useCategoryEditor() {
  const list = useLoad('admin-categories', () => fetchCategories(true))
  const [draft, setDraft] = useState<CategoryDraft>(EMPTY)
  const [busy, setBusy] = useState(false)
  const edit = (c: PointCategoryView) =>
    setDraft({ id: c.id, name: c.name, points: String(c.points), description: c.description, active: c.active ? 'yes' : 'no' })
  const save = async (): Promise<AppError | null> => {
    setBusy(true)
    const reply = await upsertCategory({
      ...(draft.id ? { id: draft.id } : {}),
      name: draft.name.trim(),
      points: Number(draft.points),
      description: draft.description.trim(),
      active: draft.active === 'yes',
    })
    setBusy(false)
    if (!reply.ok) return reply.error
    setDraft(EMPTY)
    await list.reload()
    return null
  }
  return { list, draft, setDraft, edit, save, busy, reset: () => setDraft(EMPTY) }
}
