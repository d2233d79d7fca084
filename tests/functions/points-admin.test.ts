/**
 * Adjustments (admins only; above the threshold a second, different admin approves), validation that
 * changes nothing, the statement's paging and running balance, the bank's summary and reconcile.
 */
import type { PointsLedgerResponse } from '../../core/contract/points'
import { callAs, codeOf, dataOf, P, unchecked } from '../support'
import { countOf, useCommunityDb } from './helpers'
import { balanceOf, credit, rid } from './points-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('points-admin')
let secondAdmin: string

beforeAll(async () => {
  // A second committee admin: a bound member promoted in the users collection.
  const res = (await db
    .collection('members')
    .where({ orgId: 'org-b2-g1', openid: db.command.neq(null) })
    .limit(1)
    .get()) as unknown as { data: Array<{ openid: string }> }
  secondAdmin = res.data[0].openid
  await db
    .collection('users')
    .doc(secondAdmin)
    .update({ data: { role: 'admin', scopeOrgId: 'org-committee' } })
})

const adjust = (openid: string, personId: string, amount: unknown, extra: Record<string, unknown> = {}) =>
  callAs(openid).points.adjust(unchecked({ requestId: rid('adj'), personId, amount, reason: '维护小区秩序', ...extra }))

test('only admins adjust; non-integers, zero and huge amounts are refused and change nothing', async () => {
  const entries = await countOf(db, 'pointEntries')
  expect(codeOf(await adjust(P.secretary.openid, P.resident.id, 10))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await adjust(P.resident.openid, P.resident.id, 10))).toBe('COMMON.FORBIDDEN')
  for (const amount of [1.5, 0, 100_001, -100_001, 1e15, Number.NaN, '10', null]) {
    expect(codeOf(await adjust(P.admin.openid, P.resident.id, amount))).toBe('COMMON.VALIDATION')
  }
  expect(codeOf(await adjust(P.admin.openid, P.resident.id, 10, { reason: '' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await adjust(P.admin.openid, 'nobody', 10))).toBe('POINTS.PERSON_NOT_FOUND')
  expect(await countOf(db, 'pointEntries')).toBe(entries)
  expect(await countOf(db, 'pointAdjustments')).toBe(0)
})

test('a small adjustment applies at once and exactly once; a removal never overdraws', async () => {
  const requestId = rid('once')
  const replies = await Promise.all(Array.from({ length: 5 }, () => adjust(P.admin.openid, P.resident.id, 30, { requestId })))
  expect(new Set(replies.map((r) => dataOf(r).adjustment.id)).size).toBe(1)
  expect(dataOf(replies[0]).adjustment.status).toBe('applied')
  expect(await balanceOf(db, P.resident.id)).toBe(30)
  expect(codeOf(await adjust(P.admin.openid, P.resident.id, -50))).toBe('POINTS.INSUFFICIENT')
  expect(await countOf(db, 'pointAdjustments')).toBe(1)
  dataOf(await adjust(P.admin.openid, P.resident.id, -10))
  expect(await balanceOf(db, P.resident.id)).toBe(20)
})

test('above the threshold a second, different admin must approve', async () => {
  dataOf(await callAs(P.admin).points.updateSettings({ adjustThreshold: 50 }))
  expect(dataOf(await callAs(P.admin).points.settings())).toEqual({ adjustThreshold: 50, secondApprover: 'admin', adminCount: 2 })
  const before = await balanceOf(db, P.member.id)
  const pending = dataOf(await adjust(P.admin.openid, P.member.id, 200)).adjustment
  expect(pending).toMatchObject({ status: 'pending', mine: true })
  expect(await balanceOf(db, P.member.id)).toBe(before)
  const list = dataOf(await callAs(secondAdmin).points.adjustments({ status: 'pending' }))
  expect(list.items.map((a) => [a.id, a.mine])).toEqual([[pending.id, false]])

  expect(codeOf(await callAs(P.admin).points.approveAdjustment({ adjustmentId: pending.id, decision: 'approve' }))).toBe(
    'POINTS.SAME_ADMIN',
  )
  // Two admins: secretaries are not second approvers, and say why.
  expect(codeOf(await callAs(P.secretary).points.approveAdjustment({ adjustmentId: pending.id, decision: 'approve' }))).toBe(
    'POINTS.SECOND_APPROVER',
  )
  expect(codeOf(await callAs(P.secretary).points.adjustments({ status: 'pending' }))).toBe('POINTS.SECOND_APPROVER')
  const approvals = await Promise.all(
    [1, 2, 3].map(() => callAs(secondAdmin).points.approveAdjustment({ adjustmentId: pending.id, decision: 'approve' })),
  )
  expect(approvals.filter((r) => r.ok)).toHaveLength(1)
  expect(approvals.filter((r) => codeOf(r) === 'POINTS.ADJUSTMENT_REVIEWED')).toHaveLength(2)
  expect(await balanceOf(db, P.member.id)).toBe(before + 200)

  const other = dataOf(await adjust(secondAdmin, P.member.id, -120)).adjustment
  expect(codeOf(await callAs(P.admin).points.approveAdjustment({ adjustmentId: other.id, decision: 'reject' }))).toBe('COMMON.VALIDATION')
  const rejected = dataOf(
    await callAs(P.admin).points.approveAdjustment({
      adjustmentId: other.id,
      decision: 'reject',
      reason: '依据不足',
    }),
  )
  expect(rejected.adjustment).toMatchObject({ status: 'rejected', rejectReason: '依据不足' })
  expect(await balanceOf(db, P.member.id)).toBe(before + 200)
  expect(await countOf(db, 'auditLogs', { action: 'points.approveAdjustment' })).toBe(2)
})

test('the proposer withdraws a waiting adjustment (once, audited); nobody else can, and nothing is posted', async () => {
  const before = await balanceOf(db, P.member.id)
  const pending = dataOf(await adjust(P.admin.openid, P.member.id, 300)).adjustment
  expect(codeOf(await callAs(secondAdmin).points.withdrawAdjustment({ adjustmentId: pending.id }))).toBe('POINTS.NOT_PROPOSER')
  const replies = await Promise.all([1, 2, 3].map(() => callAs(P.admin).points.withdrawAdjustment({ adjustmentId: pending.id })))
  expect(replies.map((r) => dataOf(r).adjustment.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn'])
  expect(await countOf(db, 'auditLogs', { action: 'points.withdrawAdjustment', target: pending.id })).toBe(1)
  expect(codeOf(await callAs(secondAdmin).points.approveAdjustment({ adjustmentId: pending.id, decision: 'approve' }))).toBe(
    'POINTS.ADJUSTMENT_REVIEWED',
  )
  expect(await balanceOf(db, P.member.id)).toBe(before)
  expect(dataOf(await callAs(P.admin).points.adjustments({ status: 'pending' })).items.map((a) => a.id)).not.toContain(pending.id)
  expect(dataOf(await callAs(P.admin).points.adjustments({ status: 'withdrawn' })).items.map((a) => a.id)).toEqual([pending.id])
  // An approved one cannot be withdrawn.
  const approved = dataOf(await adjust(P.admin.openid, P.member.id, 60)).adjustment
  dataOf(await callAs(secondAdmin).points.approveAdjustment({ adjustmentId: approved.id, decision: 'approve' }))
  expect(codeOf(await callAs(P.admin).points.withdrawAdjustment({ adjustmentId: approved.id }))).toBe('POINTS.ADJUSTMENT_REVIEWED')
  expect(codeOf(await callAs(P.secretary).points.withdrawAdjustment({ adjustmentId: approved.id }))).toBe('COMMON.FORBIDDEN')
})

test('with one admin, a 支部书记 is the second approver: the rule is said, and the request is not a dead end', async () => {
  await db
    .collection('users')
    .doc(secondAdmin)
    .update({ data: { role: 'member', scopeOrgId: null } })
  try {
    expect(dataOf(await callAs(P.secretary).points.settings())).toMatchObject({ secondApprover: 'secretary', adminCount: 1 })
    const before = await balanceOf(db, P.member.id)
    const pending = dataOf(await adjust(P.admin.openid, P.member.id, 80)).adjustment
    expect(codeOf(await callAs(P.admin).points.approveAdjustment({ adjustmentId: pending.id, decision: 'approve' }))).toBe(
      'POINTS.SAME_ADMIN',
    )
    const seen = dataOf(await callAs(P.secretary).points.adjustments({ status: 'pending' })).items
    expect(seen.map((a) => [a.id, a.mine])).toEqual([[pending.id, false]])
    dataOf(await callAs(P.secretary).points.approveAdjustment({ adjustmentId: pending.id, decision: 'approve' }))
    expect(await balanceOf(db, P.member.id)).toBe(before + 80)
    // Secretaries still cannot propose adjustments.
    expect(codeOf(await adjust(P.secretary.openid, P.member.id, 10))).toBe('COMMON.FORBIDDEN')
  } finally {
    await db
      .collection('users')
      .doc(secondAdmin)
      .update({ data: { role: 'admin', scopeOrgId: 'org-committee' } })
  }
})

test('an admin finds people by name with their balance', async () => {
  const hits = dataOf(await callAs(P.admin).points.people({ name: '赵丽娜' })).items
  expect(hits).toContainEqual(expect.objectContaining({ id: P.resident.id, kind: 'resident', balance: await balanceOf(db, P.resident.id) }))
  const members = dataOf(await callAs(P.admin).points.people({ name: '张晓' })).items
  expect(members.map((m) => m.id)).toContain(P.member.id)
})

test('the statement pages newest first with the running balance, without gaps or repeats', async () => {
  for (let i = 1; i <= 25; i++) await credit(P.secretary.id, i, `attendance:paging-${i}:${P.secretary.id}`)
  const seen: PointsLedgerResponse['items'] = []
  let cursor: string | undefined
  do {
    const page = dataOf(await callAs(P.secretary).points.ledger(cursor ? { cursor, limit: 10 } : { limit: 10 }))
    seen.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  expect(seen.map((e) => e.amount)).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i))
  expect(seen[0].balanceAfter).toBe((25 * 26) / 2)
  for (let i = 0; i < seen.length - 1; i++) expect(seen[i].balanceAfter - seen[i].amount).toBe(seen[i + 1].balanceAfter)
  expect(codeOf(await callAs(P.secretary).points.ledger({ limit: 21 }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await callAs(P.secretary).points.ledger({ cursor: 'abc' }))).toBe('COMMON.VALIDATION')
})

test('the summary adds up the bank, and reconcile proves it', async () => {
  const summary = dataOf(await callAs(P.admin).points.summary())
  expect(summary.issued - summary.withdrawn - summary.spent + summary.refunded).toBe(summary.outstanding)
  expect(summary.months).toHaveLength(12)
  expect(summary.months[11].issued).toBe(summary.issued)
  expect(summary.pendingAdjustments).toBe(0)
  expect(codeOf(await callAs(P.secretary).points.summary())).toBe('COMMON.FORBIDDEN')
  const report = dataOf(await callAs(P.admin).points.reconcile())
  expect(report).toMatchObject({ ok: true, totalBalance: 0, differences: [] })
  expect(report.entries).toBe(await countOf(db, 'pointEntries'))
})

test('reconcile reports a tampered balance', async () => {
  await db
    .collection('pointAccounts')
    .doc(P.secretary.id)
    .update({ data: { balance: db.command.inc(7) } })
  const report = dataOf(await callAs(P.admin).points.reconcile())
  expect(report.ok).toBe(false)
  expect(report.totalBalance).toBe(7)
  expect(report.differences).toContainEqual(expect.objectContaining({ accountId: P.secretary.id, field: 'balance' }))
  await db
    .collection('pointAccounts')
    .doc(P.secretary.id)
    .update({ data: { balance: db.command.inc(-7) } })
})
