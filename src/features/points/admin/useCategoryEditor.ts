import type { PointCategoryView } from '@core/contract'
import { fetchCategories, upsertCategory } from '../../../services/points'
import { useListEditor } from '../../../shared/useListEditor'

export interface CategoryDraft {
  name: string
  points: string
  description: string
  active: boolean
}

/** 日行一善 categories for admins: all of them, one form for new or edit. */
export function useCategoryEditor() {
  return useListEditor<PointCategoryView, CategoryDraft>({
    key: 'admin-categories',
    load: () => fetchCategories(true),
    empty: () => ({ name: '', points: '', description: '', active: true }),
    draftOf: (c) => ({ name: c.name, points: String(c.points), description: c.description, active: c.active }),
    send: (draft, editing) =>
      upsertCategory({
        ...(editing ? { id: editing.id } : {}),
        name: draft.name.trim(),
        points: Number(draft.points),
        description: draft.description.trim(),
        active: draft.active,
      }),
  })
}
