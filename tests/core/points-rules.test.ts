import { ISSUER_ACCOUNT_ID, type PointAccountDoc, type PointEntryDoc, type PointTotalDoc } from '../../core/points/model'
import { periodsOf, statIncrements, validPosting } from '../../core/points/posting'
import type { DatabaseService } from '../../server/db'
import { buildDemoCommunity } from '../../server/seed/community'
import { LedgerBook } from '../../server/seed/points-book'
import { seedPoints } from '../../server/seed/points'

describe('ledger rules', () => {
  test('periods follow the Beijing calendar whatever the server time zone', () => {
    // 2026-11-30 17:00 UTC is already 1 December in Beijing.
    expect(periodsOf(new Date('2026-11-30T17:00:00Z'))).toEqual(['m:2026-12', 'y:2026', 'all'])
    expect(periodsOf(new Date('2026-12-31T16:30:00Z'))).toEqual(['m:2027-01', 'y:2027', 'all'])
    expect(periodsOf(new Date('2026-11-30T15:59:00Z'))).toEqual(['m:2026-11', 'y:2026', 'all'])
  })

  test('only whole, bounded amounts on a person account are valid postings', () => {
    const base = { key: 'k', accountId: 'p', amount: 10, kind: 'deed' as const, reason: 'r' }
    expect(validPosting(base)).toBe(true)
    for (const amount of [1.5, Number.NaN, Infinity, 100_001, -100_001, 0]) expect(validPosting({ ...base, amount })).toBe(false)
    expect(validPosting({ ...base, accountId: ISSUER_ACCOUNT_ID })).toBe(false)
    expect(validPosting({ ...base, key: 'k#issuer' })).toBe(false)
    expect(validPosting({ ...base, minutes: -1 })).toBe(false)
    expect(validPosting({ ...base, amount: 0, minutes: 30 })).toBe(true)
  })

  test('the bank statistics tell credits, removals, spending and refunds apart', () => {
    expect(statIncrements({ key: 'a', accountId: 'p', amount: 20, kind: 'deed', reason: '' })).toMatchObject({ issued: 20, withdrawn: 0 })
    expect(statIncrements({ key: 'a', accountId: 'p', amount: -20, kind: 'adjust', reason: '' })).toMatchObject({
      issued: 0,
      withdrawn: 20,
    })
    expect(statIncrements({ key: 'a', accountId: 'p', amount: -50, kind: 'redeem', reason: '' })).toMatchObject({ spent: 50 })
    expect(statIncrements({ key: 'a', accountId: 'p', amount: 50, kind: 'refund', reason: '' })).toMatchObject({ refunded: 50, issued: 0 })
  })

  test('the in-memory book refuses repeats and overdrafts, and keeps running balances', () => {
    const book = new LedgerBook()
    const at = new Date('2026-11-01T02:00:00Z')
    const person = { name: '张三明', building: '1栋', branchId: 'b', orgPath: ['c', 'b'], optOut: false }
    expect(book.post({ key: 'x', accountId: 'p', amount: 30, kind: 'deed', reason: '' }, person, at)).toBe(true)
    expect(book.post({ key: 'x', accountId: 'p', amount: 30, kind: 'deed', reason: '' }, person, at)).toBe(false)
    expect(book.post({ key: 'y', accountId: 'p', amount: -31, kind: 'redeem', reason: '' }, null, at)).toBe(false)
    expect(book.post({ key: 'z', accountId: 'p', amount: -10, kind: 'redeem', reason: '' }, null, at)).toBe(true)
    const entries = book.drainEntries()
    expect(entries.filter((e) => e.accountId === 'p').map((e) => [e.seq, e.amount, e.balanceAfter])).toEqual([
      [1, 30, 30],
      [2, -10, 20],
    ])
    expect(book.totals.get('m:2026-11:p')).toMatchObject({ points: 30, maskedName: '张*明' })
  })
})

describe('the demo bank', () => {
  const written = new Map<string, Array<Record<string, unknown>>>()
  beforeAll(async () => {
    const fake = {
      bulkInsert: async (_env: string, name: string, docs: Array<Record<string, unknown>>) =>
        void written.set(name, [...(written.get(name) ?? []), ...docs]),
    }
    await seedPoints(fake as unknown as DatabaseService, 'demo', buildDemoCommunity())
  })

  test('every seeded balance equals its entries and all balances sum to zero', () => {
    const accounts = written.get('pointAccounts') as unknown as PointAccountDoc[]
    const entries = written.get('pointEntries') as unknown as PointEntryDoc[]
    expect(accounts.length).toBeGreaterThan(50)
    expect(accounts.reduce((sum, a) => sum + a.balance, 0)).toBe(0)
    for (const account of accounts) {
      const own = entries.filter((e) => e.accountId === account._id)
      expect(own.reduce((sum, e) => sum + e.amount, 0)).toBe(account.balance)
      expect(own.reduce((sum, e) => sum + e.earning, 0)).toBe(account._id === ISSUER_ACCOUNT_ID ? 0 : account.earned)
      if (account._id !== ISSUER_ACCOUNT_ID) expect(account.balance).toBeGreaterThanOrEqual(0)
    }
    const totals = written.get('pointTotals') as unknown as PointTotalDoc[]
    for (const account of accounts.filter((a) => a.kind === 'person')) {
      expect(totals.find((t) => t._id === `all:${account._id}`)?.points ?? 0).toBe(account.earned)
    }
  })

  test('realistic categories, rewards and a pending report for the demo resident', () => {
    expect((written.get('pointCategories') ?? []).map((c) => c.name)).toEqual(
      expect.arrayContaining(['互帮互助', '爱护公共设施', '美化环境', '垃圾分类']),
    )
    expect((written.get('pointRewards') ?? []).map((r) => r.name)).toEqual(expect.arrayContaining(['大米（5 斤）', '洗衣液（2 kg）']))
    expect(written.get('goodDeeds')?.some((d) => d.personId === 'r-0001' && d.status === 'pending')).toBe(true)
    expect(new Set((written.get('pointTotals') ?? []).filter((t) => t.period === 'all').map((t) => t.personId)).size).toBeGreaterThan(30)
  })
})
