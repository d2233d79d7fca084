import type { MemberDoc, OrgDoc, ResidentDoc } from '../../core/model'
import {
  issuerAccountId,
  shardOf,
  statShardId,
  type PointAccountDoc,
  type PointEntryDoc,
  type PointTotalDoc,
} from '../../core/points/model'
import {
  accountChanges,
  emptyAccount,
  periodsOf,
  postingEntries,
  statAfter,
  statIdsOf,
  statIncrements,
  totalAfter,
  totalId,
  touchesTotals,
  validPosting,
  type PostingInput,
  type RankedPerson,
} from '../../core/points/posting'
import { failure, success, type Result } from '../../core/result'
import { command, findMany } from './db'
import { inTransactionFor, type TxWork } from './transaction'

/**
 * The one way points and service minutes move (道德银行). A posting is exactly-once: its key is the
 * person-side entry's `_id`, so repeating it — ten times in parallel, or after a timeout — finds the
 * entry and changes nothing. Used by the points function and by activities (attendance credits).
 *
 * In the same transaction a posting also keeps: both accounts (balance, earned, minutes, entry count),
 * the person's period totals for rankings (`pointTotals`: month, year, all time — earning postings
 * only) and the bank's statistics (`pointStats`: month and all time). The issuer side and the
 * statistics go to the person's shard (core/points/model.ts shardOf), so they are not hot documents.
 */
export interface Posting extends PostingInput {
  /**
   * What the rankings show of the person. Optional: when missing it is read from the roster inside the
   * transaction (members carry their org path; a resident's branch is kept from their earlier totals or
   * found by `rankedPersonOf` before the transaction, as postPoints does).
   */
  person?: RankedPerson
}

export interface PostOutcome {
  /** False when the key had already been posted (nothing changed). */
  applied: boolean
  balance: number
}

/** Posts inside the caller's transaction (so a redemption can take stock in the same commit). */
export async function postInTx(work: TxWork, posting: Posting): Promise<Result<PostOutcome>> {
  if (!validPosting(posting)) throw new Error(`invalid posting ${posting.key}`)
  const account = await work.get<PointAccountDoc>('pointAccounts', posting.accountId)
  const balance = (account?.balance ?? 0) + posting.amount
  // The first run does not look for the key's entry: a key posted before makes the entry's insert
  // fail at commit, and the rerun (TxWork.attempt 2) finds it. A refusal looks, so a repeated
  // posting whose first run spent the balance still answers "already posted".
  if ((work.attempt > 1 || balance < 0) && (await work.get<PointEntryDoc>('pointEntries', posting.key))) {
    return success({ applied: false, balance: account?.balance ?? 0 })
  }
  if (balance < 0) return failure('POINTS.INSUFFICIENT')

  const at = new Date()
  // The issuer account and the statistics are sharded by the person: two postings of different
  // people rarely write the same documents, so they rarely conflict.
  const shard = shardOf(posting.accountId)
  const issuerId = issuerAccountId(shard)
  const issuerDoc = await work.get<PointAccountDoc>('pointAccounts', issuerId)
  const periods = periodsOf(at)
  const totals = touchesTotals(posting)
    ? await Promise.all(periods.map((p) => work.get<PointTotalDoc>('pointTotals', totalId(p, posting.accountId))))
    : []
  const person = touchesTotals(posting) ? (posting.person ?? (await rankedPersonInTx(work, posting.accountId, totals[2] ?? null))) : null
  // The statistics are only added to: after their first time in this instance, without a read.
  await Promise.all(
    statIdsOf(at).map((id) => {
      const statId = statShardId(id, shard)
      const initial = statAfter(null, statId, posting, at)
      return work.increment('pointStats', statId, { inc: statIncrements(posting), set: { updatedAt: at }, initial: strip(initial) })
    }),
  )

  // Every read is done: from here on only writes, so a refusal above never leaves half a change.
  const personAccount =
    account ?? work.create<PointAccountDoc>('pointAccounts', posting.accountId, strip(emptyAccount(posting.accountId, at)))
  const issuer = issuerDoc ?? work.create<PointAccountDoc>('pointAccounts', issuerId, strip(emptyAccount(issuerId, at)))
  const [personEntry, issuerEntry] = postingEntries(posting, personAccount, issuer, at)
  const changes = accountChanges(posting, personAccount, issuer, at)
  work.create('pointEntries', personEntry._id, strip(personEntry))
  work.create('pointEntries', issuerEntry._id, strip(issuerEntry))
  work.patch('pointAccounts', personAccount._id, changes.person)
  work.patch('pointAccounts', issuerId, changes.issuer)
  if (person)
    periods.forEach((period, i) =>
      upsert(work, 'pointTotals', totals[i], totalAfter(totals[i], period, posting.accountId, person, posting, at)),
    )
  return success({ applied: true, balance })
}

/**
 * The in-process lane (_core/lane.ts) of postings to an account: its shard's. Every posting writes
 * the person's account and their shard's issuer account and statistics, so postings of people in one
 * shard queue in this instance instead of conflicting; other shards run side by side.
 */
export function postingLane(accountId: string): string {
  return `points-shard:${shardOf(accountId)}`
}

/** Posts in a transaction of its own (the person's ranking details are looked up first). */
export async function postPoints(posting: Posting): Promise<Result<PostOutcome>> {
  const person = posting.person ?? (touchesTotals(posting) ? await rankedPersonOf(posting.accountId) : undefined)
  return inTransactionFor(postingLane(posting.accountId), (work) => postInTx(work, { ...posting, ...(person ? { person } : {}) }))
}

/**
 * A person's ranking details, read outside any transaction: name, building, opt-out, and the org path
 * (a member's own; a resident's from the Party group that looks after their building).
 */
export async function rankedPersonOf(personId: string): Promise<RankedPerson | undefined> {
  const [member] = await findMany<MemberDoc>('members', { _id: personId }, { limit: 1 })
  if (member)
    return {
      name: member.name,
      building: member.building,
      optOut: member.rankingOptOut,
      orgPath: member.orgPath,
      branchId: await branchIdOf(member.orgPath),
    }
  const [resident] = await findMany<ResidentDoc>('residents', { _id: personId }, { limit: 1 })
  if (!resident) return undefined
  const groups = await findMany<OrgDoc>('orgs', { buildings: resident.building, level: 'group' }, { orderBy: [['sort', 'asc']], limit: 1 })
  const orgPath = groups[0] ? [...groups[0].path, groups[0]._id] : []
  return { name: resident.name, building: resident.building, optOut: resident.rankingOptOut, orgPath, branchId: await branchIdOf(orgPath) }
}

async function branchIdOf(orgPath: string[]): Promise<string | null> {
  if (!orgPath.length) return null
  const orgs = await findMany<OrgDoc>('orgs', { _id: command().in(orgPath) }, { limit: 10 })
  return orgs.find((org) => org.level === 'branch')?._id ?? null
}

/** The same details read through the transaction (doc reads only). */
async function rankedPersonInTx(work: TxWork, personId: string, allTime: PointTotalDoc | null): Promise<RankedPerson> {
  const member = await work.get<MemberDoc>('members', personId)
  if (member) {
    let branchId = allTime && sameList(allTime.orgPath, member.orgPath) ? allTime.branchId : null
    if (!branchId) {
      for (const id of member.orgPath) {
        const org = await work.get<OrgDoc>('orgs', id)
        if (org?.level === 'branch') branchId = id
      }
    }
    return { name: member.name, building: member.building, optOut: member.rankingOptOut, orgPath: member.orgPath, branchId }
  }
  const resident = await work.get<ResidentDoc>('residents', personId)
  return {
    name: resident?.name ?? '',
    building: resident?.building ?? '',
    optOut: resident?.rankingOptOut ?? false,
    orgPath: allTime?.orgPath ?? [],
    branchId: allTime?.branchId ?? null,
  }
}

function upsert<T extends { _id: string }>(work: TxWork, name: 'pointTotals', current: T | null, next: T): void {
  const { _id, ...fields } = next
  if (current) work.patch(name, _id, fields)
  else work.create(name, _id, fields)
}

function strip<T extends { _id: string }>(doc: T): Record<string, unknown> {
  const { _id: _ignored, ...fields } = doc
  return fields
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}
