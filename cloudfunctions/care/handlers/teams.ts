import type { TeamView } from '../../../core/contract/care'
import type { CareTeamDoc } from '../../../core/care/model'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import type { PointAccountDoc } from '../../../core/points/model'
import { failure, success } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findAll, findById, findByIds } from '../../_core/db'
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
    const existing = await work.get<CareTeamDoc>('careTeams', teamId)
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
    if (existing) work.patch('careTeams', teamId, fields)
    else work.create<CareTeamDoc>('careTeams', teamId, fields)
    work.audit(caller, 'care.upsertTeam', teamId, { name: data.name, active: data.active })
    return { ...fields, _id: teamId }
  })
  return success({ team: toTeamView(team, caller) })
}

/** The team's people with their service minutes and points earned: for its leader and the committee only. */
export const teamStats: Handler<'care', 'teamStats'> = async ({ data, caller }) => {
  const team = await findById<CareTeamDoc>('careTeams', data.teamId)
  if (!team) return failure('COMMON.NOT_FOUND')
  const view = toTeamView(team, caller)
  if (view.myPart !== 'leader' && caller.role !== 'admin') return failure(view.myPart ? 'COMMON.FORBIDDEN' : 'COMMON.NOT_FOUND')
  const [accounts, members, residents] = await Promise.all([
    findByIds<PointAccountDoc>('pointAccounts', team.memberIds, { minutes: true, earned: true }),
    findByIds<MemberDoc>('members', team.memberIds, { name: true }),
    findByIds<ResidentDoc>('residents', team.memberIds, { name: true }),
  ])
  const people = team.memberIds.map((personId) => ({
    personId,
    name: (members.get(personId) ?? residents.get(personId))?.name ?? '',
    minutes: accounts.get(personId)?.minutes ?? 0,
    earned: accounts.get(personId)?.earned ?? 0,
  }))
  return success({
    team: view,
    minutes: people.reduce((sum, p) => sum + p.minutes, 0),
    earned: people.reduce((sum, p) => sum + p.earned, 0),
    people,
  })
}
