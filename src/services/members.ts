import type { RequestOf } from '@core/contract'
import { call } from './call'

/** Who the caller is: role, person, roster entry and organisation path (`members.me`). */
export function fetchMe() {
  return call('members', 'me', {})
}

/** A visitor registers as a resident (`members.register`); a retry changes nothing. */
export function registerResident(data: RequestOf<'members', 'register'>) {
  return call('members', 'register', data)
}

/** A Party member asks to be bound to their roster entry (`members.requestBinding`). */
export function requestBinding(data: RequestOf<'members', 'requestBinding'>) {
  return call('members', 'requestBinding', data)
}

/** Binding requests of the caller's subtree, for secretaries and admins (`members.bindingRequests`). */
export function fetchBindingRequests(data: RequestOf<'members', 'bindingRequests'>) {
  return call('members', 'bindingRequests', data)
}

/** Approve or reject a binding request; rejecting needs a reason (`members.reviewBinding`). */
export function reviewBinding(data: RequestOf<'members', 'reviewBinding'>) {
  return call('members', 'reviewBinding', data)
}

/** Correct one's own phone, building or unit (`members.updateMyContact`); answers the new `me`. */
export function updateMyContact(data: RequestOf<'members', 'updateMyContact'>) {
  return call('members', 'updateMyContact', data)
}

/** Hide (or show) oneself in public rankings (`members.setRankingOptOut`); answers the new `me`. */
export function setRankingOptOut(optOut: boolean) {
  return call('members', 'setRankingOptOut', { optOut })
}

/** The elders a helper is paired with, with full phone numbers (`members.myElders`). */
export function fetchMyElders() {
  return call('members', 'myElders', {})
}

/** 组织关系排查: confirm oneself (no id) or a paired elder (`forMemberId`) is reachable. */
export function confirmRelation(forMemberId?: string) {
  return call('members', 'confirmRelation', forMemberId ? { forMemberId } : {})
}

/** 首位管理员: the one-time setup code makes the caller the committee admin (`members.setupFirstAdmin`). */
export function setupFirstAdmin(data: RequestOf<'members', 'setupFirstAdmin'>) {
  return call('members', 'setupFirstAdmin', data)
}

/** The community's buildings and their units, for choosing one (`members.buildings`). */
export function fetchBuildings() {
  return call('members', 'buildings', {})
}

/** The committee adds a building or changes its units (`members.upsertBuilding`). */
export function upsertBuilding(data: RequestOf<'members', 'upsertBuilding'>) {
  return call('members', 'upsertBuilding', data)
}

/** Free-text buildings matched to the list: a report, or on commit the rewrite (`members.migrateBuildings`). */
export function migrateBuildings(commit: boolean) {
  return call('members', 'migrateBuildings', { commit })
}
