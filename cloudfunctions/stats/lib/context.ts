import type { MemberDoc, OrgDoc, UserDoc } from '../../../core/model'
import { beijingMonthBounds } from '../../../core/time'
import { command, findAll } from '../../_core/db'

/** What every part of one month's computation shares: the month, the orgs that get a summary, the roster. */
export interface MonthContext {
  month: string
  year: number
  start: Date
  end: Date
  now: Date
  /** The committee(s) and every branch: one summary document each. */
  statOrgs: OrgDoc[]
  orgs: OrgDoc[]
  members: MemberDoc[]
  /** Member id → the role of their account when it is a manager role. */
  managerRoles: Map<string, string>
}

/** Roster-wide inputs, read once per run (a few thousand documents at most, whatever the history). */
export interface RosterInputs {
  orgs: OrgDoc[]
  members: MemberDoc[]
  managerRoles: Map<string, string>
}

export async function rosterInputs(): Promise<RosterInputs> {
  const [orgs, members, managers] = await Promise.all([
    findAll<OrgDoc>('orgs', {}, { fields: { name: true, level: true, path: true, parentId: true, sort: true } }),
    findAll<MemberDoc>('members', { archived: false }, { fields: { orgPath: true, building: true, openid: true } }),
    findAll<UserDoc>('users', { role: command().in(['secretary', 'admin']) }, { fields: { memberId: true, role: true } }),
  ])
  const managerRoles = new Map(managers.flatMap((u): Array<[string, string]> => (u.memberId ? [[u.memberId, u.role]] : [])))
  return { orgs, members, managerRoles }
}

export function contextOf(month: string, inputs: RosterInputs, now: Date): MonthContext {
  const { start, end } = beijingMonthBounds(month)
  const statOrgs = inputs.orgs
    .filter((org) => org.level === 'committee' || org.level === 'branch')
    .sort((a, b) => (a.level === b.level ? a.sort - b.sort || a._id.localeCompare(b._id) : a.level === 'committee' ? -1 : 1))
  return { month, year: Number(month.slice(0, 4)), start, end, now, statOrgs, ...inputs }
}

/** Whether something of this org path counts for the org: the committee counts everything (residents too). */
export function countsFor(org: OrgDoc, orgPath: readonly string[] | null | undefined): boolean {
  return org.level === 'committee' || (orgPath ?? []).includes(org._id)
}

/** The org path of something that carries its own (a member, a ranking total): sumFor's usual `pathOf`. */
export const ownOrgPath = (item: { orgPath: readonly string[] | null | undefined }) => item.orgPath

/** Sum of `pick` over the items that count for `org`. */
export function sumFor<T>(
  org: OrgDoc,
  items: readonly T[],
  pathOf: (item: T) => readonly string[] | null | undefined,
  pick: (item: T) => number,
): number {
  let total = 0
  for (const item of items) if (countsFor(org, pathOf(item))) total += pick(item)
  return total
}

/** Ids in chunks of 100 (an `in` condition's size). */
export function chunksOf<T>(items: readonly T[], size = 100): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}
