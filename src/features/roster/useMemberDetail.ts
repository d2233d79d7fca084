import { useState } from 'react'
import type { MemberDetail, MemberFields } from '@core/contract'
import type { AppError } from '@core/errors'
import { archiveMember, getMember, upsertMember } from '../../services/roster'
import { useLoad } from '../../shared/useLoad'

export type SaveOutcome = { ok: true; member: MemberDetail } | { ok: false; error: AppError; conflict: boolean }

/**
 * One member for 花名册 detail: read (with the `version` that guards edits), save, move, archive.
 * `id` null: a new member (nothing to load).
 */
export function useMemberDetail(id: string | null) {
  const loaded = useLoad(id, () => getMember(id ?? ''))
  const [busy, setBusy] = useState(false)

  const run = async (send: () => ReturnType<typeof upsertMember>): Promise<SaveOutcome> => {
    setBusy(true)
    const reply = await send()
    setBusy(false)
    if (!reply.ok) return { ok: false, error: reply.error, conflict: reply.error.code === 'COMMON.CONFLICT' }
    loaded.setData(reply.data)
    return { ok: true, member: reply.data.member }
  }

  const member = loaded.data?.member ?? null
  return {
    member,
    loading: id !== null && loaded.loading,
    error: loaded.error,
    reload: loaded.reload,
    busy,
    /** New member (no id) or an edit with the version that was read: a stale edit is rejected (COMMON.CONFLICT). */
    save: (fields: MemberFields) => run(() => upsertMember(member ? { memberId: member.id, version: member.version, fields } : { fields })),
    archive: (archived: boolean) => run(() => archiveMember(member?.id ?? '', archived)),
  }
}
