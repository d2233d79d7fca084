/**
 * The cloud's limits and errors that shape application code.
 */
import { createTestEnv } from '../setup/cloud-env'

// The SDK's typings return `void | string | Result` unions (callback overloads); tests read results loosely.
let db: any

beforeAll(async () => {
  ;({ db } = await createTestEnv('limits'))
  const docs = Array.from({ length: 1100 }, (_, i) => ({ _id: `a${String(i).padStart(5, '0')}`, at: i }))
  for (let i = 0; i < docs.length; i += 500) await db.collection('auditLogs').add({ data: docs.slice(i, i + 500) as any })
}, 30_000)

it('get() without limit returns at most 100 documents', async () => {
  const { data } = await db.collection('auditLogs').get()
  expect(data).toHaveLength(100)
})

it('get() with a limit returns at most 1000 documents', async () => {
  expect((await db.collection('auditLogs').limit(1000).get()).data).toHaveLength(1000)
  expect((await db.collection('auditLogs').limit(5000).get()).data).toHaveLength(1000)
  expect((await db.collection('auditLogs').limit(7).get()).data).toHaveLength(7)
})

it('count() is not limited', async () => {
  expect((await db.collection('auditLogs').count()).total).toBe(1100)
})

it('aggregate without $limit returns at most 20 documents; with $limit more', async () => {
  expect((await db.collection('auditLogs').aggregate().match({}).end()).list).toHaveLength(20)
  expect((await db.collection('auditLogs').aggregate().sort({ at: 1 }).limit(300).end()).list).toHaveLength(300)
})

it.each([
  ['get', () => db.collection('nope').get()],
  ['count', () => db.collection('nope').count()],
  ['add', () => db.collection('nope').add({ data: { a: 1 } })],
  [
    'doc.update',
    () =>
      db
        .collection('nope')
        .doc('x')
        .update({ data: { a: 1 } }),
  ],
  ['where.remove', () => db.collection('nope').where({ a: 1 }).remove()],
])('%s on a missing collection rejects with -502005 collection not exists', async (_name, op) => {
  await expect(op()).rejects.toMatchObject({ errCode: -502005, errMsg: expect.stringContaining('collection not exists') })
})

it('createCollection creates a collection, once', async () => {
  await db.createCollection('extra')
  await db.collection('extra').add({ data: { _id: 'e1' } })
  expect((await db.collection('extra').count()).total).toBe(1)
  await expect(db.createCollection('extra')).rejects.toMatchObject({ errMsg: expect.stringContaining('already exists') })
})

it('a unique index rejects a duplicate value, also a second document without the field', async () => {
  await db.collection('residents').add({ data: { openid: 'o-1', name: '甲' } })
  await expect(db.collection('residents').add({ data: { openid: 'o-1', name: '乙' } })).rejects.toMatchObject({
    errCode: -502001,
    errMsg: expect.stringMatching(/duplicate key.*openid/),
  })
  await db.collection('residents').add({ data: { name: '无 openid' } })
  await expect(db.collection('residents').add({ data: { name: '也无' } })).rejects.toMatchObject({ errCode: -502001 })
  await db.collection('residents').add({ data: { _id: 'r2', openid: 'o-2' } })
  await expect(
    db
      .collection('residents')
      .doc('r2')
      .update({ data: { openid: 'o-1' } }),
  ).rejects.toMatchObject({ errCode: -502001 })
  expect((await db.collection('residents').where({ openid: 'o-1' }).count()).total).toBe(1)
})

it('an unknown query operator is an error, not a crash', async () => {
  const raw = await fetch(`${process.env.HONGLIN_CLOUD_URL}?env=whatever`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'database.getDocument', collectionName: 'users', query: '{"a":{"$bogus":1}}', envName: 'x' }),
  })
  const body = await raw.json()
  expect(body.code).toBeDefined()
  const bad = await fetch(`${process.env.HONGLIN_CLOUD_URL}?env=x`, { method: 'POST', body: 'not json' })
  expect((await bad.json()).code).toBe('INVALID_PARAM')
})

it('updating _id is refused', async () => {
  await db.collection('users').add({ data: { _id: 'fixed' } })
  await expect(
    db
      .collection('users')
      .doc('fixed')
      .update({ data: { _id: 'other' } as any }),
  ).rejects.toBeTruthy()
})
