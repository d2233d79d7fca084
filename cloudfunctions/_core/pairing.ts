import type { CareResidentPairDoc } from '../../core/care/model'
import type { MemberDoc, ResidentDoc } from '../../core/model'
import { command, findById, findMany } from './db'

/**
 * 结对 is stored from both sides: the helper's `pairedElderIds` and the elder's `helperId`. A pairing
 * counts only while both links hold and neither member is archived, so a half-written or re-pointed
 * pairing never lets anyone act for an elder. Every "for my elder" check goes through here.
 */
export function mayActFor(helper: MemberDoc | null | undefined, elder: MemberDoc | null | undefined): boolean {
  if (!helper || !elder || helper._id === elder._id || helper.archived || elder.archived) return false
  return (helper.pairedElderIds ?? []).includes(elder._id) && elder.helperId === helper._id
}

/** The elder `elderId` if `helper` may act for them, else null (one read, only when the helper lists them). */
export async function elderFor(helper: MemberDoc | null, elderId: string): Promise<MemberDoc | null> {
  if (!helper || !(helper.pairedElderIds ?? []).includes(elderId)) return null
  const elder = await findById<MemberDoc>('members', elderId)
  return mayActFor(helper, elder) ? elder : null
}

/** The elders `helper` may act for, in the helper's order (a re-pairing elsewhere drops out at once). */
export async function pairedEldersOf(helper: MemberDoc | null): Promise<MemberDoc[]> {
  const ids = helper?.pairedElderIds ?? []
  if (!helper || !ids.length) return []
  const docs = await findMany<MemberDoc>(
    'members',
    { _id: command().in(ids), helperId: helper._id, archived: false },
    { limit: ids.length },
  )
  const byId = new Map(docs.map((doc) => [doc._id, doc]))
  return ids.map((id) => byId.get(id)).filter((elder): elder is MemberDoc => mayActFor(helper, elder))
}

/** The helper who may act for `elder`, or null. */
export async function helperOf(elder: MemberDoc): Promise<MemberDoc | null> {
  const helper = elder.helperId ? await findById<MemberDoc>('members', elder.helperId) : null
  return mayActFor(helper, elder) ? helper : null
}

/** Someone a helper may act for: a paired elderly member, or a paired elderly resident (care's 一对一帮扶). */
export interface PairedPerson {
  id: string
  kind: 'member' | 'resident'
  name: string
}

/**
 * The person `personId` if `helper` may act for them, else null: a member through both 结对 links
 * (elderFor), a resident through an active `careResidentPairs` entry naming this helper (written by
 * the care function, one helper per resident).
 */
export async function pairedPersonFor(helper: MemberDoc | null, personId: string): Promise<PairedPerson | null> {
  const found = await pairedDocFor(helper, personId)
  return found ? { id: found.doc._id, kind: found.kind, name: found.doc.name } : null
}

/** The stored person behind pairedPersonFor: the elder's roster entry or the resident's registration. */
export type PairedDoc = { kind: 'member'; doc: MemberDoc } | { kind: 'resident'; doc: ResidentDoc }

export async function pairedDocFor(helper: MemberDoc | null, personId: string): Promise<PairedDoc | null> {
  if (!helper || helper.archived) return null
  const elder = await elderFor(helper, personId)
  if (elder) return { kind: 'member', doc: elder }
  const pair = await findById<CareResidentPairDoc>('careResidentPairs', personId)
  if (!pair?.active || pair.helperId !== helper._id) return null
  const resident = await findById<ResidentDoc>('residents', personId)
  return resident ? { kind: 'resident', doc: resident } : null
}

/** The elderly residents `helper` is paired with (一对一帮扶, active pairs naming them), by name. */
export async function pairedResidentsOf(helper: MemberDoc | null): Promise<ResidentDoc[]> {
  if (!helper || helper.archived) return []
  const pairs = await findMany<CareResidentPairDoc>('careResidentPairs', { helperId: helper._id, active: true }, { limit: 50 })
  if (!pairs.length) return []
  const residents = await findMany<ResidentDoc>('residents', { _id: command().in(pairs.map((p) => p._id)) }, { limit: pairs.length })
  return residents.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}
