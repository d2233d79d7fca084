import { useRef } from 'react'
import type { MaterialFields } from '@core/contract'
import { assignMaterial, fetchAssignments, fetchDeliveries, fetchMaterial, upsertMaterial } from '../../services/study'
import { useLoad } from '../../shared/useLoad'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk } from '../../shared/outcome'
import { useRecordEditor } from '../../shared/useRecordEditor'
import { useWrite } from '../../shared/useWrite'
import { emptyMaterialForm, formFromMaterial } from './materialForm'

/** Add a material (`id` null) or edit one; a retried add is one material (the form's draft id). Saves answer its id. */
export function useMaterialEditor(id: string | null) {
  const editor = useRecordEditor(id, {
    load: fetchMaterial,
    recordOf: (data) => data.material,
    formOf: formFromMaterial,
    empty: emptyMaterialForm,
    titles: { create: '新增学习资料', edit: '修改学习资料' },
  })
  const draftId = useRef(newAttemptId())
  const material = editor.record

  const save = async (fields: MaterialFields) => {
    const reply = await editor.writeRecord(() =>
      upsertMaterial(material ? { materialId: material.id, version: material.version, fields } : { draftId: draftId.current, fields }),
    )
    return afterOk(reply, (data) => data.material.id)
  }
  return { ...editor, material, save }
}

/** A material's assignments in the caller's subtree, and assigning it again (the list reloads after). */
export function useAssignments(materialId: string | null) {
  const loaded = useLoad(materialId ? `assignments:${materialId}` : null, () => fetchAssignments(materialId ?? ''))
  const write = useWrite()
  const assign = (target: { kind: 'org'; orgId: string } | { kind: 'member'; memberId: string }, dueDate: string) =>
    write.run(async () => afterOk(await assignMaterial({ materialId: materialId ?? '', target, dueDate }), loaded.reload))
  return { ...loaded, busy: write.busy, assign }
}

/** 结对送学 of one month: per helper, and the elders nobody reached. */
export function useDeliveries(month: string) {
  return useLoad(`deliveries:${month}`, () => fetchDeliveries(month))
}
