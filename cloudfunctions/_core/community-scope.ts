import type { OrgDoc } from '../../core/model'
import { findOne } from './db'
import { rankedPersonOf } from './ledger'

/** The committee's org path: where anything no branch looks after is managed. */
export async function committeePath(): Promise<string[]> {
  const committee = await findOne<OrgDoc>('orgs', { level: 'committee' })
  return committee ? [committee._id] : []
}

/**
 * Whose branch looks after a person: a member's own org path; a resident's, the Party group of their
 * building (the same rule the rankings use); else the committee.
 */
export async function orgPathOfPerson(personId: string): Promise<string[]> {
  const person = await rankedPersonOf(personId)
  return person?.orgPath.length ? person.orgPath : committeePath()
}

/** Who manages a ticket about `building`: the group holding that building, else the committee. */
export async function scopePathOfBuilding(building: string): Promise<string[]> {
  const org = await findOne<OrgDoc>('orgs', { buildings: building })
  return org ? [...org.path, org._id] : committeePath()
}
