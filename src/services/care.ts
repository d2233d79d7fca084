import type { RequestOf } from '@core/contract'
import { call } from './call'

/** 关爱网络 (function `care`): one typed call per action. */

const paged = (cursor?: string) => (cursor ? { cursor } : {})

export const fetchCareScope = () => call('care', 'myScope', {})
export const fetchMyElders = () => call('care', 'myElders', {})
export const fetchNoticesForElder = (elderId: string) => call('care', 'noticesForElder', { elderId })
export const recordVisit = (data: RequestOf<'care', 'recordVisit'>) => call('care', 'recordVisit', data)
export const fetchMyVisits = (cursor?: string) => call('care', 'myVisits', paged(cursor))
export const fetchNeeds = (status: RequestOf<'care', 'needs'>['status'], cursor?: string) =>
  call('care', 'needs', { ...(status ? { status } : {}), ...paged(cursor) })
export const handleNeed = (needId: string, note: string) => call('care', 'handleNeed', { needId, note })
export const convertNeed = (needId: string, to: 'wish' | 'ticket') => call('care', 'convertNeed', { needId, to })
export const fetchCareRecords = (kind: RequestOf<'care', 'careRecords'>['kind'], cursor?: string) =>
  call('care', 'careRecords', { ...(kind ? { kind } : {}), ...paged(cursor) })
export const fetchUnvisited = (days: number, cursor?: string) => call('care', 'unvisited', { days, ...paged(cursor) })
export const fetchBirthdays = (month?: number) => call('care', 'birthdays', month ? { month } : {})
export const setBirthday = (personId: string, birthday: string | null) => call('care', 'setBirthday', { personId, birthday })
export const setCareFlags = (data: RequestOf<'care', 'setFlags'>) => call('care', 'setFlags', data)
export const fetchFlagged = (which: 'hardship' | 'livesAlone', cursor?: string) => call('care', 'flagged', { which, ...paged(cursor) })
export const fetchGrants = () => call('care', 'grants', {})
export const setGrant = (data: RequestOf<'care', 'setGrant'>) => call('care', 'setGrant', data)
export const fetchBuildingUnread = (noticeId: string) => call('care', 'buildingUnread', { noticeId })
export const fetchResidentsOf = (building: string) => call('care', 'residentsOf', { building })
export const fetchHelperCandidates = (query: string) => call('care', 'helperCandidates', { query })
export const setResidentHelper = (residentId: string, helperMemberId: string | null) =>
  call('care', 'setResidentHelper', { residentId, helperMemberId })
export const fetchTeams = () => call('care', 'teams', {})
export const upsertTeam = (data: RequestOf<'care', 'upsertTeam'>) => call('care', 'upsertTeam', data)
export const fetchTeamStats = (teamId: string) => call('care', 'teamStats', { teamId })
