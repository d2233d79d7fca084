import { useState } from 'react'
import type { AuditLogEntry, RequestOf } from '@core/contract'
import { fetchAuditLog } from '../../services/roster'
import { usePagedList } from '../../shared/usePagedList'

export type AuditFilter = Omit<RequestOf<'members', 'auditLog'>, 'cursor' | 'limit'>

/** 操作记录: newest first, 20 a page, filtered by person, area and days (a new filter starts at page 1). */
export function useAuditLog() {
  const [filter, setFilter] = useState<AuditFilter>({})
  const [actorName, setActorName] = useState<string | null>(null)
  const list = usePagedList<AuditLogEntry>(`auditLog:${JSON.stringify(filter)}`, (cursor) => fetchAuditLog(filter, cursor))
  return {
    list,
    filter,
    actorName,
    change: (patch: Partial<AuditFilter>) => setFilter((current) => ({ ...current, ...patch })),
    onlyActor: (actor: AuditLogEntry['actor'] | null) => {
      setActorName(actor?.name ?? null)
      setFilter((current) => ({ ...current, actorOpenid: actor?.openid }))
    },
  }
}
