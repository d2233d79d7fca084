import type { TeamView } from '../../../core/contract/care'
import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import type { CareTeamDoc } from '../../../core/care/model'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import type { PointAccountDoc } from '../../../core/points/model'
import { failure, success } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { command, findAll, findById, findByIds } from '../../_core/db'
import { personOf } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'

function toTeamView(team: CareTeamDoc, caller: Caller): TeamView {
  const me = personOf(caller)?.id
  return {
    id: team._id,
    name: team.name,
    kind: team.kind,
    leaderId: team.leaderId,
    leaderName: team.leaderName,
    size: team.memberIds.length,
    active: team.active,
    myPart:
      team.leaderOpenid === caller.openid && team.leaderId === caller.member?._id
        ? 'leader'
        : me && team.memberIds.includes(me)
          ? 'member'
          : null,
  }
}

/** The community's teams (a few dozen at most), active first, by name. */
export const teams: Handler<'care', 'teams'> = async ({ caller }) => {
  const all = await findAll<CareTeamDoc>('careTeams', {})
  all.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'zh') || a._id.localeCompare(b._id))
  return success({ items: all.map((team) => toTeamView(team, caller)) })
}

/**
 * The committee sets up a team: its leader must be a bound member (the leader's scope is the team
 * and follows their account), its people members or registered residents. `teamId` (chosen once by
 * the form) keys it, so a re-sent save writes one team. Audited.
 */
export const upsertTeam: Handler<'care', 'upsertTeam'> = async ({ data, caller }) => {
  const leader = await findById<MemberDoc>('members', data.leaderId)
  if (!leader || leader.archived || !leader.openid) return failure('TEAM.LEADER_NOT_BOUND', undefined, 'leaderId')
  const ids = [...new Set([leader._id, ...data.memberIds])]
  const [members, residents] = await Promise.all([
    findByIds<MemberDoc>('members', ids, { archived: true }),
    findByIds<ResidentDoc>('residents', ids, { name: true }),
  ])
  if (ids.some((id) => !(members.has(id) && !members.get(id)!.archived) && !residents.has(id)))
    return failure('TEAM.UNKNOWN_PEOPLE', undefined, 'memberIds')
  const teamId = `team-${data.teamId ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`}`
  const team = await inTransaction(async (work) => {
    const fields = {
      name: data.name,
      kind: data.kind,
      leaderId: leader._id,
      leaderName: leader.name,
      leaderOpenid: leader.openid!,
      memberIds: ids,
      active: data.active,
      updatedAt: new Date(),
    }
    const saved = await work.put<CareTeamDoc>('careTeams', teamId, fields)
    work.audit(caller, 'care.upsertTeam', teamId, { name: data.name, active: data.active })
    return saved
  })
  return success({ team: toTeamView(team, caller) })
}

/**
 * The team's hours for its leader and the committee: what the team's own activities credited
 * (确认出勤: service minutes and points per attendance, exactly once each), per person, with each team
 * person's whole account beside. A team has tens of activities a year: read whole, ids 100 at a time.
 */
export const teamStats: Handler<'care', 'teamStats'> = async ({ data, caller }) => {
  const team = await findById<CareTeamDoc>('careTeams', data.teamId)
  if (!team) return failure('COMMON.NOT_FOUND')
  const view = toTeamView(team, caller)
  if (view.myPart !== 'leader' && caller.role !== 'admin') return failure(view.myPart ? 'COMMON.FORBIDDEN' : 'COMMON.NOT_FOUND')
  const activities = await findAll<Pick<ActivityDoc, '_id' | 'endAt'>>(
    'activities',
    { teamId: team._id, status: 'published' },
    { fields: { endAt: true } },
  )
  const credited: Array<Pick<ActivitySignUpDoc, '_id' | 'personId' | 'personName' | 'creditedMinutes' | 'creditedPoints'>> = []
  const ids = activities.map((a) => a._id)
  for (let i = 0; i < ids.length; i += 100)
    credited.push(
      ...(await findAll<(typeof credited)[number]>(
        'activitySignUps',
        { activityId: command().in(ids.slice(i, i + 100)), credited: true },
        { fields: { personId: true, personName: true, creditedMinutes: true, creditedPoints: true } },
      )),
    )
  const others = [...new Set(credited.map((c) => c.personId))].filter((id) => !team.memberIds.includes(id))
  const [accounts, members, residents] = await Promise.all([
    findByIds<PointAccountDoc>('pointAccounts', team.memberIds, { minutes: true, earned: true }),
    findByIds<MemberDoc>('members', team.memberIds, { name: true }),
    findByIds<ResidentDoc>('residents', team.memberIds, { name: true }),
  ])
  const fromTeam = (personId: string) => credited.filter((c) => c.personId === personId)
  const sum = (rows: typeof credited, key: 'creditedMinutes' | 'creditedPoints') => rows.reduce((total, row) => total + row[key], 0)
  const people = [
    ...team.memberIds.map((personId) => ({
      personId,
      name: (members.get(personId) ?? residents.get(personId))?.name ?? '',
      inTeam: true,
      minutes: sum(fromTeam(personId), 'creditedMinutes'),
      earned: sum(fromTeam(personId), 'creditedPoints'),
      totalMinutes: accounts.get(personId)?.minutes ?? 0,
      totalEarned: accounts.get(personId)?.earned ?? 0,
    })),
    ...others.map((personId) => ({
      personId,
      name: fromTeam(personId)[0]?.personName ?? '',
      inTeam: false,
      minutes: sum(fromTeam(personId), 'creditedMinutes'),
      earned: sum(fromTeam(personId), 'creditedPoints'),
      totalMinutes: 0,
      totalEarned: 0,
    })),
  ]
  const now = Date.now()
  return success({
    team: view,
    minutes: sum(credited, 'creditedMinutes'),
    earned: sum(credited, 'creditedPoints'),
    activities: activities.filter((a) => new Date(a.endAt).getTime() <= now).length,
    attendances: credited.length,
    people,
  })
}
