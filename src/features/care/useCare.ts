import { useState } from 'react'
import type { RequestOf } from '@core/contract'
import type { NeedStatus, VisitKind } from '@core/care/constants'
import {
  convertNeed,
  fetchBirthdays,
  fetchBuildingUnread,
  fetchCareRecords,
  fetchCareScope,
  fetchFlagged,
  fetchGrants,
  fetchMyElders,
  fetchMyVisits,
  fetchNeeds,
  fetchNoticesForElder,
  fetchResidentsOf,
  fetchTeams,
  fetchTeamStats,
  fetchUnvisited,
  handleNeed,
  recordVisit,
  setBirthday,
  setCareFlags,
  setGrant,
  setResidentHelper,
  upsertTeam,
} from '../../services/care'
import { fetchNotices } from '../../services/notices'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { useWrite } from '../../shared/useWrite'

/** What the caller is in the care network (grants, lists, elders to visit). */
export function useCareScope() {
  return useLoad('careScope', fetchCareScope)
}

/** 我的长辈: paired elders, and those of my group or buildings, with the last visit day. */
export function useMyElders() {
  return useLoad('myElders', fetchMyElders)
}

export function useMyVisits() {
  return usePagedList('myVisits', (cursor) => fetchMyVisits(cursor))
}

/** The notices meant for the elder, to hand over at the door. */
export function useNoticesForElder(elderId: string | null) {
  return useLoad(elderId ? `noticesFor:${elderId}` : null, () => fetchNoticesForElder(elderId ?? ''))
}

export function useRecordVisit() {
  const write = useWrite()
  const send = (request: RequestOf<'care', 'recordVisit'>) => write.run(() => recordVisit(request), 'visit')
  return { send, busy: write.busy }
}

/** 需求清单 by status; handling or converting a need takes it off the open list. */
export function useNeeds() {
  const [status, setStatus] = useState<NeedStatus>('open')
  const list = usePagedList(`needs:${status}`, (cursor) => fetchNeeds(status, cursor))
  const write = useWrite()
  const off = (needId: string) => () => list.removeItem((need) => need.id === needId)
  const handle = (needId: string, note: string) => write.run(async () => afterOk(await handleNeed(needId, note), off(needId)), needId)
  const convert = (needId: string, to: 'wish' | 'ticket') =>
    write.run(async () => afterOk(await convertNeed(needId, to), off(needId)), needId)
  return { status, setStatus, list, handle, convert, busyWith: write.busyWith }
}

/** 关爱记录, one kind or all. */
export function useCareRecords() {
  const [kind, setKind] = useState<VisitKind | 'all'>('all')
  const list = usePagedList(`careRecords:${kind}`, (cursor) => fetchCareRecords(kind === 'all' ? undefined : kind, cursor))
  return { kind, setKind, list }
}

/** 未走访名单 over N days. */
export function useUnvisited() {
  const [days, setDays] = useState(30)
  const list = usePagedList(`unvisited:${days}`, (cursor) => fetchUnvisited(days, cursor))
  return { days, setDays, list }
}

/** 本月生日 (or another month), and setting someone's birthday. */
export function useBirthdays() {
  const [month, setMonth] = useState<number | undefined>(undefined)
  const load = useLoad(`birthdays:${month ?? 'now'}`, () => fetchBirthdays(month))
  const write = useWrite()
  const save = (personId: string, birthday: string | null) =>
    write.run(async () => afterOk(await setBirthday(personId, birthday), () => void load.reload()), 'birthday')
  return { month, setMonth, load, save, busy: write.busy }
}

/** 困难 / 独居 (the committee only). */
export function useCareFlags() {
  const [which, setWhich] = useState<'hardship' | 'livesAlone'>('hardship')
  const list = usePagedList(`flagged:${which}`, (cursor) => fetchFlagged(which, cursor))
  const write = useWrite()
  const save = (request: RequestOf<'care', 'setFlags'>) =>
    write.run(async () => afterOk(await setCareFlags(request), () => void list.reload()), 'flags')
  return { which, setWhich, list, save, busy: write.busy }
}

/** 授权: the small-scope grants and granting or revoking one. */
export function useCareGrants() {
  const load = useLoad('careGrants', fetchGrants)
  const write = useWrite()
  const save = (request: RequestOf<'care', 'setGrant'>) =>
    write.run(async () => afterOk(await setGrant(request), () => void load.reload()), `${request.kind}:${request.memberId}`)
  return { load, save, busyWith: write.busyWith }
}

/** A 楼栋长's or 网格员's view of the notices: the ones they have, and who in their buildings has not read one. */
export function useBuildingNotices() {
  return usePagedList('buildingNotices', (cursor) => fetchNotices(cursor))
}

export function useBuildingUnread(noticeId: string | null) {
  return useLoad(noticeId ? `buildingUnread:${noticeId}` : null, () => fetchBuildingUnread(noticeId ?? ''))
}

/** 一对一帮扶: a building's residents with their helpers, and pairing or unpairing one. */
export function useResidentPairing(building: string | null) {
  const load = useLoad(building ? `residentsOf:${building}` : null, () => fetchResidentsOf(building ?? ''))
  const write = useWrite()
  const save = (residentId: string, helperMemberId: string | null) =>
    write.run(async () => afterOk(await setResidentHelper(residentId, helperMemberId), () => void load.reload()), residentId)
  return { load, save, busyWith: write.busyWith }
}

/** 队伍: the community's teams, and (the committee) saving one. */
export function useTeams() {
  const load = useLoad('careTeams', fetchTeams)
  const write = useWrite()
  const save = (request: RequestOf<'care', 'upsertTeam'>) =>
    write.run(async () => afterOk(await upsertTeam(request), () => void load.reload()), 'team')
  return { load, save, busy: write.busy }
}

/** One team's people with their service minutes and points (its leader, the committee). */
export function useTeamStats(teamId: string | null) {
  return useLoad(teamId ? `teamStats:${teamId}` : null, () => fetchTeamStats(teamId ?? ''))
}
