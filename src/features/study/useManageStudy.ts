import { useRef, useState } from 'react'
import type { MaterialFields } from '@core/contract'
import type { AppError } from '@core/errors'
import { assignMaterial, fetchAssignments, fetchDeliveries, fetchMaterial, upsertMaterial } from '../../services/study'
import { useLoad } from '../../shared/useLoad'
import { newDraftId } from '../notices/noticeForm'

export type WriteOutcome = { ok: true; id: string } | { ok: false; error: AppError }

/** Add a material (`id` null) or edit one; a retried add is one material (the form's draft id). */
export function useMaterialEditor(id: string | null) {
  const loaded = useLoad(id, () => fetchMaterial(id ?? ''))
  const draftId = useRef(newDraftId())
  const [busy, setBusy] = useState(false)
  const material = loaded.data?.material ?? null

  const save = async (fields: MaterialFields): Promise<WriteOutcome> => {
    setBusy(true)
    try {
      const reply = await upsertMaterial(
        material ? { materialId: material.id, version: material.version, fields } : { draftId: draftId.current, fields },
      )
      if (!reply.ok) return { ok: false, error: reply.error }
      loaded.setData(reply.data)
      return { ok: true, id: reply.data.material.id }
    } finally {
      setBusy(false)
    }
  }
  return { material, loading: id !== null && loaded.loading, error: loaded.error, reload: loaded.reload, busy, save }
}

/** A material's assignments in the caller's subtree, and assigning it again. */
export function useAssignments(materialId: string | null) {
  const loaded = useLoad(materialId ? `assignments:${materialId}` : null, () => fetchAssignments(materialId ?? ''))
  const [busy, setBusy] = useState(false)
  const assign = async (
    target: { kind: 'org'; orgId: string } | { kind: 'member'; memberId: string },
    dueDate: string,
  ): Promise<AppError | null> => {
    if (!materialId) return null
    setBusy(true)
    try {
      const reply = await assignMaterial({ materialId, target, dueDate })
      if (!reply.ok) return reply.error
      await loaded.reload()
      return null
    } finally {
      setBusy(false)
    }
  }
  return { ...loaded, busy, assign }
}

/** 结对送学 of one month: per helper, and the elders nobody reached. */
export function useDeliveries(month: string) {
  return useLoad(`deliveries:${month}`, () => fetchDeliveries(month))
}
