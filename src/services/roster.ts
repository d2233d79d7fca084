import type { ActionName, RequestOf } from '@core/contract'
import { call } from './call'

/**
 * The management actions of the `members` function (花名册, 组织, 导入导出, 排查, 结对, 审计), for the
 * admin subpackage. Who may call each one is declared in core/contract/members.ts; the server enforces
 * it and the caller's subtree.
 */
type Req<A extends ActionName<'members'>> = RequestOf<'members', A>

export const listMembers = (data: Req<'list'>) => call('members', 'list', data)
export const getMember = (memberId: string) => call('members', 'get', { memberId })
export const upsertMember = (data: Req<'upsert'>) => call('members', 'upsert', data)
export const archiveMember = (memberId: string, archived: boolean) => call('members', 'archive', { memberId, archived })

export const fetchOrgTree = () => call('members', 'orgTree', {})
export const upsertOrg = (data: Req<'upsertOrg'>) => call('members', 'upsertOrg', data)
export const fetchOrgHistory = (orgId: string) => call('members', 'orgHistory', { orgId })
export const setSecretaryRole = (data: Req<'setRole'>) => call('members', 'setRole', data)

export const fetchRosterTemplate = () => call('members', 'rosterTemplate', {})
export const importRoster = (data: Req<'importRoster'>) => call('members', 'importRoster', data)
export const exportRoster = (data: Req<'exportRoster'>) => call('members', 'exportRoster', data)

export const startRelationCheck = (title: string) => call('members', 'startRelationCheck', { title })
export const fetchRelationCheckStatus = (data: Req<'relationCheckStatus'>) => call('members', 'relationCheckStatus', data)
export const confirmRelationFor = (forMemberId: string) => call('members', 'confirmRelation', { forMemberId })
export const markLostContact = (memberId: string, lost: boolean) => call('members', 'markLostContact', { memberId, lost })

export const setPairing = (helperMemberId: string, elderMemberIds: string[]) =>
  call('members', 'setPairing', { helperMemberId, elderMemberIds })
export const removePairing = (elderMemberId: string) => call('members', 'removePairing', { elderMemberId })

export const fetchAuditLog = (filter: Omit<RequestOf<'members', 'auditLog'>, 'cursor' | 'limit'>, cursor?: string) =>
  call('members', 'auditLog', cursor ? { ...filter, cursor } : filter)
