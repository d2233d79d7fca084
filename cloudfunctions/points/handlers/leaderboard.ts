import { RANKING_TOP, type PointsPeriod, type RankingRow } from '../../../core/contract/points'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import type { PointTotalDoc } from '../../../core/points/model'
import { totalId } from '../../../core/points/posting'
import { failure, success } from '../../../core/result'
import { toBeijing } from '../../../core/time'
import type { Person } from '../../_core/person'
import type { Handler } from '../../_core/create-function'
import { command, countWhere, findById, findMany, updateWhere } from '../../_core/db'
import { rankedPersonOf } from '../../_core/ledger'
import { callerPerson } from '../lib/person'

/** The stored period key and its Chinese label, in Beijing time. */
export function periodKey(period: PointsPeriod, now = new Date()): { key: string; label: string } {
  const beijing = toBeijing(now)
  if (period === 'month') return { key: `m:${beijing.format('YYYY-MM')}`, label: beijing.format('YYYY年M月') }
  if (period === 'year') return { key: `y:${beijing.format('YYYY')}`, label: beijing.format('YYYY年') }
  return { key: 'all', label: '累计' }
}

/**
 * Rankings read the maintained period totals through an index (never the ledger): the top 50 of the
 * community, the caller's branch or building, people who opted out left out, names masked; plus the
 * caller's own rank, always. Opt-outs are checked against the roster at read time too, so a change in
 * 我的 shows at once (and the stale totals are corrected).
 */
export const leaderboard: Handler<'points', 'leaderboard'> = async ({ data, caller }) => {
  const person = callerPerson(caller)
  if (!person.ok) return person
  const { key, label } = periodKey(data.period)
  const filter: Record<string, unknown> = { period: key, optOut: false }
  if (data.scope !== 'community') {
    const me = await rankedPersonOf(person.value.id)
    if (!me) return failure('POINTS.NO_ACCOUNT')
    if (data.scope === 'branch') filter.branchId = me.branchId
    else filter.building = me.building
  }

  const rows = await topRows(filter)
  const items: RankingRow[] = rows.map((row, i) => ({
    rank: i + 1,
    maskedName: row.maskedName,
    points: row.points,
    me: row.personId === person.value.id,
  }))

  const mine = await findById<PointTotalDoc>('pointTotals', totalId(key, person.value.id))
  const optOut = await liveOptOut(person.value)
  let rank: number | null = null
  if (mine && mine.points > 0) {
    const _ = command()
    const [above, tiedBefore] = await Promise.all([
      countWhere('pointTotals', { ...filter, points: _.gt(mine.points) }),
      countWhere('pointTotals', { ...filter, points: mine.points, personId: _.lt(person.value.id) }),
    ])
    rank = above + tiedBefore + 1
  }
  return success({ period: data.period, scope: data.scope, periodLabel: label, items, me: { rank, points: mine?.points ?? 0, optOut } })
}

/** The first 50 rows whose people have not opted out (checked live; stale totals get corrected). */
async function topRows(filter: Record<string, unknown>): Promise<PointTotalDoc[]> {
  const _ = command()
  const kept: PointTotalDoc[] = []
  let after: PointTotalDoc | null = null
  for (let round = 0; round < 5 && kept.length < RANKING_TOP; round++) {
    const where: Record<string, unknown> = after
      ? (_.and([
          { ...filter, points: _.lte(after.points) },
          _.or([{ points: _.lt(after.points) }, { personId: _.gt(after.personId) }]),
        ]) as unknown as Record<string, unknown>)
      : { ...filter, points: _.gt(0) }
    const batch = await findMany<PointTotalDoc>('pointTotals', where, {
      orderBy: [
        ['points', 'desc'],
        ['personId', 'asc'],
      ],
      limit: RANKING_TOP + 10,
    })
    const optedOut = await optedOutAmong(batch.map((row) => row.personId))
    for (const row of batch) {
      if (row.points <= 0) continue
      if (optedOut.has(row.personId)) continue
      if (kept.length < RANKING_TOP) kept.push(row)
    }
    if (optedOut.size) await markOptedOut([...optedOut])
    if (batch.length < RANKING_TOP + 10) break
    after = batch[batch.length - 1]
  }
  return kept
}

async function optedOutAmong(ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const _ = command()
  const [members, residents] = await Promise.all([
    findMany<MemberDoc>('members', { _id: _.in(ids), rankingOptOut: true }, { limit: ids.length, fields: { _id: true } }),
    findMany<ResidentDoc>('residents', { _id: _.in(ids), rankingOptOut: true }, { limit: ids.length, fields: { _id: true } }),
  ])
  return new Set([...members, ...residents].map((doc) => doc._id))
}

/** The rows rankings read now (this month, this year, all time) of these people, by `_id`. */
function currentRowIds(personIds: string[]): string[] {
  const periods = [periodKey('month').key, periodKey('year').key, 'all']
  return personIds.flatMap((id) => periods.map((period) => totalId(period, id)))
}

/** Totals rows keep the opt-out flag for their index; bring it up to date for these people. */
async function markOptedOut(ids: string[]): Promise<void> {
  await updateWhere('pointTotals', { _id: command().in(currentRowIds(ids)), optOut: false }, { optOut: true })
}

async function liveOptOut(person: Person): Promise<boolean> {
  // Opting back in: the caller's rows become visible again at once.
  if (!person.rankingOptOut)
    await updateWhere('pointTotals', { _id: command().in(currentRowIds([person.id])), optOut: true }, { optOut: false })
  return person.rankingOptOut
}
