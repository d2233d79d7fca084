/**
 * Dates, db.serverDate(), numbers and nested values survive the round trip exactly.
 */
import { createTestEnv } from '../setup/cloud-env'

// The SDK's typings return `void | string | Result` unions (callback overloads); tests read results loosely.
let db: any

beforeAll(async () => {
  ;({ db } = await createTestEnv('values'))
})

it('Date values round-trip to the millisecond and come back as Date', async () => {
  const at = new Date('2024-03-05T06:07:08.912Z')
  await db.collection('auditLogs').add({ data: { _id: 'd1', at, nested: { list: [new Date(0), at] } } })
  const { data } = await db.collection('auditLogs').doc('d1').get()
  expect(data.at).toBeInstanceOf(Date)
  expect(data.at.getTime()).toBe(at.getTime())
  expect(data.nested.list[0].getTime()).toBe(0)
  expect(data.nested.list[1]).toEqual(at)
})

it('db.serverDate() is the server time, also with an offset and in updates', async () => {
  const before = Date.now()
  await db.collection('auditLogs').add({ data: { _id: 'sd', at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) } })
  const after = Date.now()
  const { data } = await db.collection('auditLogs').doc('sd').get()
  expect(data.at).toBeInstanceOf(Date)
  expect(data.at.getTime()).toBeGreaterThanOrEqual(before)
  expect(data.at.getTime()).toBeLessThanOrEqual(after)
  expect(data.later.getTime() - data.at.getTime()).toBe(60_000)
  await db
    .collection('auditLogs')
    .doc('sd')
    .update({ data: { touched: db.serverDate() } })
  expect((await db.collection('auditLogs').doc('sd').get()).data.touched).toBeInstanceOf(Date)
})

it('dates compare and sort as dates', async () => {
  const base = Date.UTC(2024, 0, 1)
  await db
    .collection('auditLogs')
    .add({ data: [0, 1, 2, 3].map((i) => ({ _id: `t${i}`, kind: 'range', at: new Date(base + i * 86_400_000) })) as any })
  const _ = db.command
  const { data } = await db
    .collection('auditLogs')
    .where({ kind: 'range', at: _.gte(new Date(base + 86_400_000)).and(_.lt(new Date(base + 3 * 86_400_000))) })
    .orderBy('at', 'desc')
    .get()
  expect(data.map((d: any) => d._id)).toEqual(['t2', 't1'])
  const eq = await db
    .collection('auditLogs')
    .where({ at: new Date(base) })
    .get()
  expect(eq.data.map((d: any) => d._id)).toEqual(['t0'])
})

it('numbers round-trip exactly: ints, doubles, negative, beyond int32, large ms timestamps', async () => {
  const nums = {
    i: 42,
    neg: -7,
    zero: 0,
    d: 0.1 + 0.2,
    half: 2.5,
    big: 2 ** 40 + 3,
    ts: 1_700_000_000_123,
    maxSafe: Number.MAX_SAFE_INTEGER,
    tiny: 1e-12,
    huge: 1.5e300,
  }
  await db.collection('users').add({ data: { _id: 'nums', ...nums } })
  const { data } = await db.collection('users').doc('nums').get()
  for (const [k, v] of Object.entries(nums)) expect([k, data[k]]).toEqual([k, v])
  const { data: found } = await db
    .collection('users')
    .where({ big: 2 ** 40 + 3, d: 0.1 + 0.2 })
    .get()
  expect(found).toHaveLength(1)
})

it('strings, booleans, null, nested objects and arrays round-trip', async () => {
  const doc = {
    _id: 'mix',
    s: '红邻 🚩 "quoted" \\ back',
    t: true,
    f: false,
    n: null,
    o: { a: { b: [1, { c: 'x' }] } },
    empty: {},
    arr: [],
  }
  await db.collection('users').add({ data: doc })
  expect((await db.collection('users').doc('mix').get()).data).toEqual(doc)
})

it('inc keeps integers integral and doubles exact', async () => {
  const _ = db.command
  await db.collection('users').add({ data: { _id: 'incs', a: 1, b: 0.5 } })
  await db
    .collection('users')
    .doc('incs')
    .update({ data: { a: _.inc(2), b: _.inc(0.25) } })
  const { data } = await db.collection('users').doc('incs').get()
  expect(data.a).toBe(3)
  expect(data.b).toBe(0.75)
})
