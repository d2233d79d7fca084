import type { PointAccountDoc, PointEntryDoc, PointStatDoc, PointTotalDoc } from '../../../core/points/model'
import { ISSUER_ACCOUNT_IDS, statShardIds } from '../../../core/points/model'
import type { MonthStatNumbers } from '../../../core/stats/model'
import { andWhere, command, findAll, findByIds } from '../../_core/db'
import { monthsAfter } from '../../../core/stats/months'
import { beijingMonth } from '../../../core/time'
import { chunksOf, ownOrgPath, sumFor, type MonthContext } from './context'

type PointNumbers = Pick<MonthStatNumbers, 'pointsIssued' | 'pointsRedeemed' | 'openBalance'>

/**
 * 道德银行 of the month. The community: the bank's own monthly totals (pointStats shards: issued,
 * spent, refunded) and the points held (minus the issuer accounts' balance). A branch: its people's
 * earnings of the month (pointTotals `m:<month>`), their redemptions net of refunds (their ledger
 * entries of the month, by account and time), and their balances. A past month's balance is today's
 * minus what moved since the month ended.
 */
export async function pointNumbers(ctx: MonthContext): Promise<Map<string, PointNumbers>> {
  const _ = command()
  const current = beijingMonth(ctx.now) === ctx.month
  const [totals, stats, issuers] = await Promise.all([
    findAll<PointTotalDoc>('pointTotals', { period: `m:${ctx.month}` }, { fields: { points: true, orgPath: true } }),
    findByIds<PointStatDoc>('pointStats', statShardIds(`m:${ctx.month}`)),
    findByIds<PointAccountDoc>('pointAccounts', ISSUER_ACCOUNT_IDS, { balance: true }),
  ])
  const sum = (docs: Iterable<PointStatDoc>, pick: (d: PointStatDoc) => number) => [...docs].reduce((acc, d) => acc + (pick(d) ?? 0), 0)
  const heldNow = -[...issuers.values()].reduce((acc, account) => acc + account.balance, 0)
  let heldAtEnd = heldNow
  if (!current) {
    // Net flow into people's accounts in every month after this one, from the bank's monthly totals.
    const later = monthsAfter(ctx.month, beijingMonth(ctx.now))
    const laterStats = await findByIds<PointStatDoc>(
      'pointStats',
      later.flatMap((m) => statShardIds(`m:${m}`)),
    )
    heldAtEnd = heldNow - sum(laterStats.values(), (d) => d.issued - d.withdrawn - d.spent + d.refunded)
  }

  const members = ctx.members.map((m) => ({ id: m._id, orgPath: m.orgPath }))
  const pathOf = new Map(members.map((m) => [m.id, m.orgPath]))
  const accounts = await findByIds<PointAccountDoc>(
    'pointAccounts',
    members.map((m) => m.id),
    { balance: true },
  )
  const entries: PointEntryDoc[] = []
  for (const chunk of chunksOf(members.map((m) => m.id))) {
    entries.push(
      ...(await findAll<PointEntryDoc>('pointEntries', andWhere({ accountId: _.in(chunk) }, { at: _.gte(ctx.start) }), {
        fields: { accountId: true, amount: true, kind: true, at: true },
      })),
    )
  }
  const inMonth = entries.filter((e) => new Date(e.at).getTime() < ctx.end.getTime())
  const after = entries.filter((e) => new Date(e.at).getTime() >= ctx.end.getTime())

  const result = new Map<string, PointNumbers>()
  for (const org of ctx.statOrgs) {
    if (org.level === 'committee') {
      const statDocs = [...stats.values()]
      result.set(org._id, {
        pointsIssued: sum(statDocs, (d) => d.issued),
        pointsRedeemed: sum(statDocs, (d) => d.spent - d.refunded),
        openBalance: heldAtEnd,
      })
      continue
    }
    const byPath = (e: PointEntryDoc) => pathOf.get(e.accountId)
    const balance = sumFor(org, members, ownOrgPath, (m) => accounts.get(m.id)?.balance ?? 0)
    result.set(org._id, {
      pointsIssued: sumFor(org, totals, ownOrgPath, (t) => t.points),
      pointsRedeemed: sumFor(
        org,
        inMonth.filter((e) => e.kind === 'redeem' || e.kind === 'refund'),
        byPath,
        (e) => -e.amount,
      ),
      openBalance: balance - sumFor(org, after, byPath, (e) => e.amount),
    })
  }
  return result
}
