/**
 * Indexed equality, ranges and sort + limit are answered by the manifest's indexes, not a scan.
 * Plans come from the local-only POST <url>/_local/explain endpoint, fed the same body the SDK sends.
 */
import { createTestEnv } from '../setup/cloud-env'

let env: string
// The SDK's typings return `void | string | Result` unions (callback overloads); tests read results loosely.
let db: any

beforeAll(async () => {
  ;({ env, db } = await createTestEnv('index'))
  const docs = Array.from({ length: 600 }, (_, i) => ({
    _id: `m${i}`,
    phone: `p${i}`,
    orgId: `o${i % 40}`,
    name: `n${String(i).padStart(4, '0')}`,
    sortKey: `k${String(i).padStart(4, '0')}`,
  }))
  await db.collection('members').add({ data: docs as any })
  const logs = Array.from({ length: 600 }, (_, i) => ({ at: new Date(Date.UTC(2024, 0, 1) + i * 60_000), kind: 'x' }))
  await db.collection('auditLogs').add({ data: logs as any })
})

async function plan(body: Record<string, unknown>): Promise<{ exact: boolean; plan: string }> {
  const res = await fetch(`${process.env.HONGLIN_CLOUD_URL}/_local/explain?env=${env}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envName: env, limit: 100, ...body }),
  })
  const json = await res.json()
  if (json.code) throw new Error(`${json.code}: ${json.message}`)
  return json.data
}

const q = (v: unknown) => JSON.stringify(v)

it('equality on an indexed field uses its index', async () => {
  const p = await plan({ collectionName: 'members', query: q({ phone: 'p7' }) })
  expect(p.exact).toBe(true)
  expect(p.plan).toMatch(/Index (Only )?Scan.*members__phone/)
  expect(p.plan).not.toMatch(/Seq Scan/)
})

it('equality + sort + limit on a compound index is answered from that index', async () => {
  const p = await plan({ collectionName: 'members', query: q({ orgId: 'o3' }), order: q({ name: { $numberInt: '1' } }), limit: 20 })
  expect(p.exact).toBe(true)
  expect(p.plan).toMatch(/Index Scan.*members__org_name/)
  expect(p.plan).not.toMatch(/Seq Scan/)
})

it('sort + limit without a filter walks the index instead of sorting the collection', async () => {
  const p = await plan({ collectionName: 'auditLogs', order: q({ at: { $numberInt: '-1' } }), limit: 20 })
  expect(p.plan).toMatch(/Index Scan.*auditLogs__at/)
  expect(p.plan).not.toMatch(/Sort|Seq Scan/)
})

it('keyset paging: range + sort + limit walks the index', async () => {
  const p = await plan({
    collectionName: 'members',
    query: q({ sortKey: { $gt: 'k0100' } }),
    order: q({ sortKey: { $numberInt: '1' } }),
    limit: 20,
  })
  expect(p.exact).toBe(true)
  expect(p.plan).toMatch(/Index Scan.*members__sortKey/)
  expect(p.plan).not.toMatch(/Seq Scan/)
})

it('a date range ordered by a desc index is answered from the index', async () => {
  const p = await plan({
    collectionName: 'auditLogs',
    query: q({ at: { $gte: { $date: { $numberLong: String(Date.UTC(2024, 0, 1, 2)) } } } }),
    order: q({ at: { $numberInt: '-1' } }),
    limit: 20,
  })
  expect(p.plan).toMatch(/Index Scan.*auditLogs__at/)
  expect(p.plan).not.toMatch(/Seq Scan/)
  const { data } = await db
    .collection('auditLogs')
    .where({ at: db.command.gte(new Date(Date.UTC(2024, 0, 1, 2))) })
    .orderBy('at', 'desc')
    .limit(3)
    .get()
  expect(data.map((d: any) => d.at.getTime())).toEqual([599, 598, 597].map((i) => Date.UTC(2024, 0, 1) + i * 60_000))
})

it('doc(id) uses the primary key', async () => {
  const p = await plan({ collectionName: 'members', query: q({ _id: 'm5' }), queryType: 'DOC' })
  expect(p.plan).toMatch(/Index Scan.*pkey/)
})

it('a place in the waitlist (those waiting before a sign-up) is counted from activity_status_signedUp', async () => {
  const at = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 1000)
  const signUps = Array.from({ length: 600 }, (_, i) => ({
    _id: `a${i % 3}:p${i}`,
    activityId: `a${i % 3}`,
    status: i % 5 === 0 ? 'confirmed' : 'waitlisted',
    signedUpAt: at(i),
  }))
  await db.collection('activitySignUps').add({ data: signUps as any })
  const date = (i: number) => ({ $date: { $numberLong: String(at(i).getTime()) } })
  const before = (i: number) => ({
    $and: [
      { activityId: `a${i % 3}`, status: 'waitlisted' },
      { $or: [{ signedUpAt: { $lt: date(i) } }, { signedUpAt: { $eq: date(i) }, _id: { $lt: `a${i % 3}:p${i}` } }] },
    ],
  })
  const p = await plan({ collectionName: 'activitySignUps', query: q(before(301)) })
  expect(p.plan).toMatch(/activitySignUps__activity_status_signedUp/)
  expect(p.plan).not.toMatch(/Seq Scan/)
})
