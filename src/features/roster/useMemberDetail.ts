import type { MemberFields } from '@core/contract'
import { archiveMember, getMember, upsertMember } from '../../services/roster'
import { afterOk } from '../../shared/outcome'
import { useRecordEditor } from '../../shared/useRecordEditor'
import { emptyForm, formFromMember } from './memberForm'

/**
 * One member for 花名册 detail: read (with the `version` that guards edits), save, move, archive.
 * `id` null: a new member (nothing to load). Writes answer the member as saved.
 */
export function useMemberDetail(id: string | null) {
  const editor = useRecordEditor(id, {
    load: getMember,
    recordOf: (data) => data.member,
    formOf: formFromMember,
    empty: () => emptyForm(),
    titles: { create: '新增党员', edit: '党员信息' },
  })
  const member = editor.record
  const written = async (reply: ReturnType<typeof upsertMember>) => afterOk(await reply, (data) => data.member)

  return {
    ...editor,
    member,
    /** New member (no id) or an edit with the version that was read: a stale edit is rejected (COMMON.CONFLICT). */
    save: (fields: MemberFields) =>
      written(editor.writeRecord(() => upsertMember(member ? { memberId: member.id, version: member.version, fields } : { fields }))),
    archive: (archived: boolean) => written(editor.writeRecord(() => archiveMember(member?.id ?? '', archived))),
  }
}
