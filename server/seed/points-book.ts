import type { MemberDoc, OrgDoc, ResidentDoc } from '../../core/model'
import { ISSUER_ACCOUNT_ID, type PointAccountDoc, type PointEntryDoc, type PointStatDoc, type PointTotalDoc } from '../../core/points/model'
import {
  accountChanges,
  emptyAccount,
  periodsOf,
  postingEntries,
  statAfter,
  statIdsOf,
  totalAfter,
  totalId,
  touchesTotals,
  validPosting,
  type PostingInput,
  type RankedPerson,
} from '../../core/points/posting'

/**
 * The ledger's rules (core/points/posting.ts) applied in memory, for writing demo and benchmark data in
 * bulk: the same documents postInTx would write, posting by posting, so the books reconcile.
 */
export class LedgerBook {
  readonly accounts = new Map<string, PointAccountDoc>()
  readonly totals = new Map<string, PointTotalDoc>()
  readonly stats = new Map<string, PointStatDoc>()
  /** Entries written since the last drain (take them with `drainEntries`). */
  private entries: PointEntryDoc[] = []
  private readonly keys = new Set<string>()

  /** Applies one posting at `at`; false (nothing changed) for a repeated key or a short balance. */
  post(posting: PostingInput, person: RankedPerson | null, at: Date): boolean {
    if (!validPosting(posting)) throw new Error(`invalid posting ${posting.key}`)
    if (this.keys.has(posting.key)) return false
    const account = this.accounts.get(posting.accountId) ?? emptyAccount(posting.accountId, at)
    if (account.balance + posting.amount < 0) return false
    const issuer = this.accounts.get(ISSUER_ACCOUNT_ID) ?? emptyAccount(ISSUER_ACCOUNT_ID, at)
    this.keys.add(posting.key)
    this.entries.push(...postingEntries(posting, account, issuer, at))
    const changes = accountChanges(posting, account, issuer, at)
    this.accounts.set(account._id, { ...account, ...changes.person })
    this.accounts.set(ISSUER_ACCOUNT_ID, { ...issuer, ...changes.issuer })
    for (const id of statIdsOf(at)) this.stats.set(id, statAfter(this.stats.get(id) ?? null, id, posting, at))
    if (touchesTotals(posting) && person) {
      for (const period of periodsOf(at)) {
        const id = totalId(period, posting.accountId)
        this.totals.set(id, totalAfter(this.totals.get(id) ?? null, period, posting.accountId, person, posting, at))
      }
    }
    return true
  }

  balanceOf(id: string): number {
    return this.accounts.get(id)?.balance ?? 0
  }

  drainEntries(): PointEntryDoc[] {
    const out = this.entries
    this.entries = []
    return out
  }
}

/** Ranking details of every person of a community (members by their org, residents by their building's group). */
export function rankedPeople(orgs: OrgDoc[], members: MemberDoc[], residents: ResidentDoc[]): Map<string, RankedPerson> {
  const branchIds = new Set(orgs.filter((o) => o.level === 'branch').map((o) => o._id))
  const branchOf = (path: string[]) => path.find((id) => branchIds.has(id)) ?? null
  const groupByBuilding = new Map<string, OrgDoc>()
  for (const org of [...orgs].sort((a, b) => a.sort - b.sort)) {
    if (org.level !== 'group') continue
    for (const building of org.buildings) if (!groupByBuilding.has(building)) groupByBuilding.set(building, org)
  }
  const people = new Map<string, RankedPerson>()
  for (const m of members)
    people.set(m._id, { name: m.name, building: m.building, orgPath: m.orgPath, branchId: branchOf(m.orgPath), optOut: m.rankingOptOut })
  for (const r of residents) {
    const group = groupByBuilding.get(r.building)
    const orgPath = group ? [...group.path, group._id] : []
    people.set(r._id, { name: r.name, building: r.building, orgPath, branchId: branchOf(orgPath), optOut: r.rankingOptOut })
  }
  return people
}
