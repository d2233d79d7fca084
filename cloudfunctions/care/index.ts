import { careActions } from '../../core/contract/care'
import { createFunction } from '../_core/create-function'
import { buildingUnread } from './handlers/building-unread'
import { birthdays, myElders, myScope, noticesForElder, setBirthday, unvisited } from './handlers/elders'
import { flagged, setFlags } from './handlers/flags'
import { grants, setGrant } from './handlers/grants'
import { convertNeed, handleNeed, needs } from './handlers/needs'
import { helperCandidates, residentsOf, setResidentHelper } from './handlers/resident-pairs'
import { teams, teamStats, upsertTeam } from './handlers/teams'
import { careRecords, myVisits, recordVisit } from './handlers/visits'

/** 关爱网络: visits and calls with the elders' needs, care visits and 慰问, flags, birthdays, small-scope grants. */
export const main = createFunction(careActions, {
  myScope,
  myElders,
  noticesForElder,
  recordVisit,
  myVisits,
  needs,
  handleNeed,
  convertNeed,
  careRecords,
  unvisited,
  birthdays,
  setBirthday,
  setFlags,
  flagged,
  grants,
  setGrant,
  residentsOf,
  helperCandidates,
  setResidentHelper,
  teams,
  upsertTeam,
  teamStats,
  buildingUnread,
})
