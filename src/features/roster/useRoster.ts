import type { MemberListItem, RequestOf } from '@core/contract'
import { listMembers } from '../../services/roster'
import { usePagedList } from '../../shared/usePagedList'

export type RosterFilters = Omit<RequestOf<'members', 'list'>, 'cursor' | 'limit'>

/** 花名册 of the caller's subtree, 20 a page, keyset-paged by the server's cursor. */
export function useRoster(filters: RosterFilters, enabled = true) {
  const clean: RosterFilters = {}
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') Object.assign(clean, { [key]: value })
  return usePagedList<MemberListItem>(enabled ? JSON.stringify(clean) : null, (cursor) =>
    listMembers(cursor ? { ...clean, cursor } : clean),
  )
}
