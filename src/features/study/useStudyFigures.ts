import { fetchAssignedMaterials, fetchMaterialStudyStats, fetchStudyFigures } from '../../services/study'
import { useLoad } from '../../shared/useLoad'
import { usePagedListWithSummary } from '../../shared/usePagedList'

/** 学习情况 of an org (null: the caller's own): the totals and branch rows with the first page, then more members. */
export function useStudyFigures(orgId: string | null, belowOnly: boolean) {
  return usePagedListWithSummary(
    `study-figures:${orgId ?? ''}:${belowOnly}`,
    (cursor) => fetchStudyFigures({ belowOnly, limit: 20, ...(orgId ? { orgId } : {}), ...(cursor ? { cursor } : {}) }),
    ({ members, nextCursor: _next, ...rest }) => ({ items: members, summary: rest }),
  )
}

export function useAssignedMaterials(orgId: string | null) {
  return useLoad(`assigned-materials:${orgId ?? ''}`, () => fetchAssignedMaterials(orgId ?? undefined))
}

export type MaterialStateFilter = 'notStudied' | 'late' | 'onTime' | 'all'

/** One assigned material: the counts with the first page of one list (未学 / 逾期才学 / 按时学习 / 全部). */
export function useMaterialStudyStats(materialId: string | null, orgId: string | null, state: MaterialStateFilter) {
  return usePagedListWithSummary(
    materialId ? `material-stats:${materialId}:${orgId ?? ''}:${state}` : null,
    (cursor) =>
      fetchMaterialStudyStats({
        materialId: materialId ?? '',
        state,
        limit: 20,
        ...(orgId ? { orgId } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    ({ people, nextCursor: _next, ...rest }) => ({ items: people, summary: rest }),
  )
}
