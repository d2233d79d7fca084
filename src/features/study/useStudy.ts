import type { MaterialListItem } from '@core/contract'
import type { StudyTopic } from '@core/study/rules'
import { fetchMaterial, fetchMaterials, fetchMyStudy, fetchPairedStudy } from '../../services/study'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'

/** Materials of one topic (or all), with the caller's due dates and minutes studied. */
export function useMaterials(topic: StudyTopic | null, includeArchived = false) {
  return usePagedList<MaterialListItem>(`materials:${topic ?? 'all'}:${includeArchived}`, (cursor) =>
    fetchMaterials({ ...(topic ? { topic } : {}), ...(includeArchived ? { includeArchived } : {}), ...(cursor ? { cursor } : {}) }),
  )
}

/** Materials assigned to the caller first (earliest due date first); the rest keep the server's order. */
export function assignedFirst(items: MaterialListItem[]): { assigned: MaterialListItem[]; others: MaterialListItem[] } {
  const assigned = items.filter((item) => item.dueDate).sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0))
  return { assigned, others: items.filter((item) => !item.dueDate) }
}

export function useMaterial(id: string | null) {
  return useLoad(id, () => fetchMaterial(id ?? ''))
}

/** 我的学习: this year's minutes and 学时 against the target, assignments, recent records. */
export function useMyStudy() {
  return useLoad('myStudy', () => fetchMyStudy())
}

/** 结对送学: each elder I help, what they have not studied yet, and recent deliveries. */
export function usePairedStudy() {
  return useLoad('pairedStudy', fetchPairedStudy)
}
