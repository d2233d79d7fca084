/**
 * db.runTransaction and db.startTransaction: serialised, atomic, isolated; rolled back on throw.
 */
import { createTestEnv } from '../setup/cloud-env'

// The SDK's typings return `void | string | Result` unions (callback overloads); tests read results loosely.
let db: any

beforeAll(async () => {
  ;({ db } = await createTestEnv('tx'))
})

it('N parallel read-increment-write transactions end with exactly N', async () => {
  await db.collection('users').add({ data: { _id: 'counter', n: 0 } })
  const N = 25
  await Promise.all(
    Array.from({ length: N }, () =>
      db.runTransaction(async (tx: any) => {
        const { data } = await tx.collection('users').doc('counter').get()
        await tx
          .collection('users')
          .doc('counter')
          .update({ data: { n: data.n + 1 } })
      }),
    ),
  )
  expect((await db.collection('users').doc('counter').get()).data.n).toBe(N)
})

it('a callback that throws leaves nothing behind and rejects with its error', async () => {
  await db.collection('users').add({ data: { _id: 'acct', balance: 10 } })
  const boom = new Error('insufficient')
  await expect(
    db.runTransaction(async (tx: any) => {
      await tx
        .collection('users')
        .doc('acct')
        .update({ data: { balance: 0 } })
      await tx.collection('users').add({ data: { _id: 'ledger-1', amount: -10 } })
      throw boom
    }),
  ).rejects.toBe(boom)
  expect((await db.collection('users').doc('acct').get()).data.balance).toBe(10)
  await expect(db.collection('users').doc('ledger-1').get()).rejects.toMatchObject({ errMsg: expect.stringContaining('does not exist') })
})

it('reads inside a transaction see its own writes; outside waits for the commit', async () => {
  const tx: any = await db.startTransaction()
  await tx.collection('users').add({ data: { _id: 'seen', v: 1 } })
  await tx
    .collection('users')
    .doc('seen')
    .update({ data: { v: 2 } })
  const inside = await tx.collection('users').doc('seen').get()
  expect(inside.data.v).toBe(2)
  let outsideDone = false
  const outside = db
    .collection('users')
    .doc('seen')
    .get()
    .then((r: any) => {
      outsideDone = true
      return r
    })
  await new Promise((r) => setTimeout(r, 100))
  expect(outsideDone).toBe(false)
  await tx.commit()
  expect((await outside).data.v).toBe(2)
})

it('rollback() discards the writes of a started transaction', async () => {
  const tx: any = await db.startTransaction()
  await tx
    .collection('users')
    .doc('rb')
    .set({ data: { v: 1 } })
  await tx.rollback()
  await expect(db.collection('users').doc('rb').get()).rejects.toMatchObject({ errMsg: expect.stringContaining('does not exist') })
})

it('set and remove inside a transaction commit together', async () => {
  await db.collection('users').add({ data: { _id: 'old', v: 1 } })
  await db.runTransaction(async (tx: any) => {
    await tx
      .collection('users')
      .doc('fresh')
      .set({ data: { v: 9 } })
    await tx.collection('users').doc('old').remove()
  })
  expect((await db.collection('users').doc('fresh').get()).data.v).toBe(9)
  await expect(db.collection('users').doc('old').get()).rejects.toMatchObject({ errMsg: expect.stringContaining('does not exist') })
})

it('a duplicate key inside a transaction rejects and the transaction can still roll back', async () => {
  await db.collection('users').add({ data: { _id: 'taken' } })
  await expect(
    db.runTransaction(async (tx: any) => {
      await tx
        .collection('users')
        .doc('partial')
        .set({ data: { v: 1 } })
      await tx.collection('users').add({ data: { _id: 'taken' } })
    }),
  ).rejects.toMatchObject({ errCode: -502001, errMsg: expect.stringContaining('duplicate key') })
  await expect(db.collection('users').doc('partial').get()).rejects.toBeTruthy()
})

it('where() queries are refused inside a transaction (WeChat allows doc() and add() only)', async () => {
  const tx: any = await db.startTransaction()
  try {
    await expect(tx.collection('users').where({ v: 1 }).get()).rejects.toMatchObject({ errMsg: expect.stringContaining('single document') })
  } finally {
    await tx.rollback()
  }
})

it('a transaction abandoned by its client is rolled back after the timeout and unblocks others', async () => {
  // The suite's server uses the default 10 s; the dedicated timeout test is in durability.test.ts.
  const tx: any = await db.startTransaction()
  await tx
    .collection('users')
    .doc('abandoned')
    .set({ data: { v: 1 } })
  await tx.rollback()
  await expect(tx.commit()).rejects.toBeTruthy()
})
