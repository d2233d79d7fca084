import type { CareTeamDoc } from '../../core/care/model'
import type { Caller } from './caller'
import { findById } from './db'

/**
 * A volunteer team's leader is its `leaderId` while that roster entry is the caller's own bound,
 * unarchived member (the caller's `member`) and the team is active: the leader's small scope is
 * exactly the team, it follows their account, and stopping the team ends it. Shared by the care
 * function (team hours) and the activities function (the team's own activities).
 */
export function leadsTeam(caller: Caller, team: Pick<CareTeamDoc, 'leaderId' | 'leaderOpenid' | 'active'>): boolean {
  return team.active && !!caller.member && team.leaderId === caller.member._id && team.leaderOpenid === caller.openid
}

/** The team if the caller leads it now, else null. */
export async function teamLedBy(caller: Caller, teamId: string): Promise<CareTeamDoc | null> {
  if (!caller.member) return null
  const team = await findById<CareTeamDoc>('careTeams', teamId)
  return team && leadsTeam(caller, team) ? team : null
}
