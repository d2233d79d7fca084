import { useState } from 'react'
import type { MaterialStudyPerson, MaterialStudyStatsResponse, MemberStudyRow, StudyFiguresResponse } from '@core/contract'
import { fetchAssignedMaterials, fetchMaterialStudyStats, fetchStudyFigures } from '../../services/study'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'

export type FiguresSummary = Omit<StudyFiguresResponse, 'members' | 'nextCursor'>

/** 学习情况 of an org (null: the caller's own): the totals and branch rows with the first page, then more members. */
export function useStudyFigures(orgId: string | null, belowOnly: boolean) {
  const [summary, setSummary] = useState<FiguresSummary | null>(null)
  const list = usePagedList<MemberStudyRow>(`study-figures:${orgId ?? ''}:${belowOnly}`, async (cursor) => {
    const reply = await fetchStudyFigures({ belowOnly, limit: 20, ...(orgId ? { orgId } : {}), ...(cursor ? { cursor } : {}) })
    if (!reply.ok) return reply
    if (!cursor) {
      const { members: _members, nextCursor: _next, ...rest } = reply.data
      setSummary(rest)
    }
    return { ok: true, data: { items: reply.data.members, nextCursor: reply.data.nextCursor } }
  })
  return { summary: { data: summary, error: summary ? null : list.error, loading: list.loading, reload: list.reload }, list }
}

export function useAssignedMaterials(orgId: string | null) {
  return useLoad(`assigned-materials:${orgId ?? ''}`, () => fetchAssignedMaterials(orgId ?? undefined))
}

export type MaterialStateFilter = 'notStudied' | 'late' | 'onTime' | 'all'

/** One assigned material: the counts with the first page of one list (未学 / 逾期才学 / 按时学习 / 全部). */
export function useMaterialStudyStats(materialId: string | null, orgId: string | null, state: MaterialStateFilter) {
  const [summary, setSummary] = useState<Omit<MaterialStudyStatsResponse, 'people' | 'nextCursor'> | null>(null)
  const list = usePagedList<MaterialStudyPerson>(
    materialId ? `material-stats:${materialId}:${orgId ?? ''}:${state}` : null,
    async (cursor) => {
      const reply = await fetchMaterialStudyStats({
        materialId: materialId ?? '',
        state,
        limit: 20,
        ...(orgId ? { orgId } : {}),
        ...(cursor ? { cursor } : {}),
      })
      if (!reply.ok) return reply
      if (!cursor) {
        const { people: _people, nextCursor: _next, ...rest } = reply.data
        setSummary(rest)
      }
      return { ok: true, data: { items: reply.data.people, nextCursor: reply.data.nextCursor } }
    },
  )
  return { summary: { data: summary, error: summary ? null : list.error, loading: list.loading, reload: list.reload }, list }
}
