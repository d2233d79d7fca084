import { postPoints } from '../../cloudfunctions/_core/ledger'
import { findById, findMany } from '../../cloudfunctions/_core/db'
import { TxWork } from '../../cloudfunctions/_core/transaction'
import { issuerAccountId, shardOf, statShardId, type PointAccountDoc, type PointEntryDoc, type PointStatDoc } from '../../core/points/model'
import { statIdsOf } from '../../core/points/posting'
import { useFunctionEnv, type Db } from './helpers'

let db: Db
beforeAll(async () => {
  db = (await useFunctionEnv('ledger')).db
})

const credit = (key: string, amount: number, accountId = 'p-1') => ({
  key,
  accountId,
  amount,
  minutes: amount > 0 ? 30 : 0,
  kind: 'attendance' as const,
  reason: '参加活动',
})

test('a posting repeated ten times in parallel lands once, on both sides of the ledger', async () => {
  const outcomes = await Promise.all(Array.from({ length: 10 }, () => postPoints(credit('attendance:a-1:p-1', 50))))
  expect(outcomes.filter((o) => o.ok && o.value.applied)).toHaveLength(1)
  expect(outcomes.every((o) => o.ok && o.value.balance === 50)).toBe(true)
  const account = await findById<PointAccountDoc>('pointAccounts', 'p-1')
  expect(account).toMatchObject({ balance: 50, earned: 50, minutes: 30 })
  // The issuer side lands on the person's shard of the issuer account.
  expect((await findById<PointAccountDoc>('pointAccounts', issuerAccountId(shardOf('p-1'))))?.balance).toBe(-50)
  const entries = await findMany<PointEntryDoc>('pointEntries', {})
  expect(entries.map((e) => [e._id, e.amount, e.balanceAfter]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
    ['attendance:a-1:p-1', 50, 50],
    ['attendance:a-1:p-1#issuer', -50, -50],
  ])
})

test('a spend beyond the balance is refused and writes nothing', async () => {
  const before = await findMany<PointEntryDoc>('pointEntries', {})
  const outcome = await postPoints({ ...credit('redeem:p-1:r-1', -80), kind: 'redeem' })
  expect(outcome).toMatchObject({ ok: false, error: { code: 'POINTS.INSUFFICIENT' } })
  expect(await findMany('pointEntries', {})).toHaveLength(before.length)
  const spent = await postPoints({ ...credit('redeem:p-1:r-2', -20), kind: 'redeem' })
  expect(spent).toMatchObject({ ok: true, value: { applied: true, balance: 30 } })
  expect((await findById<PointAccountDoc>('pointAccounts', 'p-1'))?.earned).toBe(50)
})

test('a spend repeated after it emptied the balance answers "already posted", not INSUFFICIENT, and changes nothing', async () => {
  await postPoints(credit('attendance:a-2:p-2', 40, 'p-2'))
  const first = await postPoints({ ...credit('redeem:p-2:r-1', -40, 'p-2'), kind: 'redeem' })
  expect(first).toMatchObject({ ok: true, value: { applied: true, balance: 0 } })
  const entries = (await findMany<PointEntryDoc>('pointEntries', {})).length
  // The same key again, after a timeout: its first run does not look for the entry, the balance is 0.
  const again = await postPoints({ ...credit('redeem:p-2:r-1', -40, 'p-2'), kind: 'redeem' })
  expect(again).toMatchObject({ ok: true, value: { applied: false, balance: 0 } })
  // A repeated credit (no refusal): its insert fails, the rerun finds the entry.
  const credited = await postPoints(credit('attendance:a-2:p-2', 40, 'p-2'))
  expect(credited).toMatchObject({ ok: true, value: { applied: false, balance: 0 } })
  expect(await findMany('pointEntries', {})).toHaveLength(entries)
  expect(await findById<PointAccountDoc>('pointAccounts', 'p-2')).toMatchObject({ balance: 0, earned: 40 })
})

test('the bank statistics are added to without a read once this instance has seen them, and made anew if gone', async () => {
  const [monthId, allId] = statIdsOf(new Date()).map((id) => statShardId(id, shardOf('p-3')))
  const issued = async (id: string) => (await findById<PointStatDoc>('pointStats', id))?.issued ?? 0
  const gets = jest.spyOn(TxWork.prototype, 'get')
  const statReads = () => gets.mock.calls.filter(([name]) => name === 'pointStats').length
  await postPoints(credit('attendance:a-3:p-3', 20, 'p-3'))
  const [month, all] = [await issued(monthId), await issued(allId)]
  const readsBefore = statReads()
  await postPoints(credit('attendance:a-4:p-3', 30, 'p-3'))
  expect(statReads()).toBe(readsBefore)
  expect([await issued(monthId), await issued(allId)]).toEqual([month + 30, all + 30])
  // The month's document removed behind the instance's back (only a reset does that): made again.
  await db.collection('pointStats').doc(monthId).remove()
  await postPoints(credit('attendance:a-5:p-3', 5, 'p-3'))
  gets.mockRestore()
  expect(await findById<PointStatDoc>('pointStats', monthId)).toMatchObject({ issued: 5, withdrawn: 0, spent: 0, minutes: 30 })
  expect(await issued(allId)).toBe(all + 35)
})
