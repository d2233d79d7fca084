/**
 * Update commands of db.command, applied through doc().update() and where().update().
 */
import { createTestEnv } from '../setup/cloud-env'

// The SDK's typings return `void | string | Result` unions (callback overloads); tests read results loosely.
let db: any
let _: any

beforeAll(async () => {
  ;({ db } = await createTestEnv('upd'))
  _ = db.command
})

let seq = 0
async function applied(start: object, data: object): Promise<any> {
  const id = `d${++seq}`
  await db.collection('users').add({ data: { _id: id, ...start } })
  await db.collection('users').doc(id).update({ data })
  const { data: doc } = await db.collection('users').doc(id).get()
  delete doc._id
  return doc
}

it.each<[string, object, () => object, object]>([
  ['set replaces a sub-object', { o: { a: 1, b: 2 } }, () => ({ o: _.set({ c: 3 }) }), { o: { c: 3 } }],
  ['plain nested object merges', { o: { a: 1, b: 2 } }, () => ({ o: { c: 3 } }), { o: { a: 1, b: 2, c: 3 } }],
  ['dotted path creates intermediates', {}, () => ({ 'x.y.z': 1 }), { x: { y: { z: 1 } } }],
  ['inc', { n: 1 }, () => ({ n: _.inc(5) }), { n: 6 }],
  ['inc on a missing field', {}, () => ({ n: _.inc(-2) }), { n: -2 }],
  ['mul', { n: 3 }, () => ({ n: _.mul(4) }), { n: 12 }],
  ['remove', { a: 1, b: 2 }, () => ({ a: _.remove() }), { b: 2 }],
  ['remove a nested field', { o: { a: 1, b: 2 } }, () => ({ 'o.a': _.remove() }), { o: { b: 2 } }],
  ['push one', { l: [1] }, () => ({ l: _.push(2) }), { l: [1, 2] }],
  ['push many', { l: [1] }, () => ({ l: _.push([2, 3]) }), { l: [1, 2, 3] }],
  ['push to a missing field', {}, () => ({ l: _.push(['a']) }), { l: ['a'] }],
  ['push at a position', { l: [1, 4] }, () => ({ l: _.push({ each: [2, 3], position: 1 }) }), { l: [1, 2, 3, 4] }],
  ['pull a value', { l: [1, 2, 1, 3] }, () => ({ l: _.pull(1) }), { l: [2, 3] }],
  ['pull by condition', { l: [1, 5, 7] }, () => ({ l: _.pull(_.gt(4)) }), { l: [1] }],
  [
    'pull objects by fields',
    {
      l: [
        { k: 1, v: 'a' },
        { k: 2, v: 'b' },
      ],
    },
    () => ({ l: _.pull({ k: 2 }) }),
    { l: [{ k: 1, v: 'a' }] },
  ],
  ['pullAll', { l: [1, 2, 3, 2] }, () => ({ l: _.pullAll([2, 3]) }), { l: [1] }],
  ['addToSet', { l: ['a'] }, () => ({ l: _.addToSet('a') }), { l: ['a'] }],
  ['addToSet $each (WeChat spelling)', { l: ['a'] }, () => ({ l: _.addToSet({ $each: ['a', 'b', 'b'] }) }), { l: ['a', 'b'] }],
  ['pop', { l: [1, 2, 3] }, () => ({ l: _.pop() }), { l: [1, 2] }],
  ['shift', { l: [1, 2, 3] }, () => ({ l: _.shift() }), { l: [2, 3] }],
  ['unshift', { l: [3] }, () => ({ l: _.unshift([1, 2]) }), { l: [1, 2, 3] }],
  ['min', { n: 5 }, () => ({ n: _.min(3) }), { n: 3 }],
  ['max', { n: 5 }, () => ({ n: _.max(3) }), { n: 5 }],
  ['rename', { a: 1 }, () => ({ a: _.rename('b') }), { b: 1 }],
  ['array index path', { l: [{ v: 1 }, { v: 2 }] }, () => ({ 'l.1.v': 9 }), { l: [{ v: 1 }, { v: 9 }] }],
])('%s', async (_title, start, data, expected) => {
  expect(await applied(start, data())).toEqual(expected)
})

it('inc on a non-number is an error and changes nothing', async () => {
  await db.collection('users').add({ data: { _id: 'str', n: 'x' } })
  await expect(
    db
      .collection('users')
      .doc('str')
      .update({ data: { n: _.inc(1) } }),
  ).rejects.toMatchObject({ errCode: -502001 })
  expect((await db.collection('users').doc('str').get()).data.n).toBe('x')
})

it('conditional update: where + inc only changes documents that still match', async () => {
  await db.collection('users').add({ data: { _id: 'seats', left: 1 } })
  const first = await db
    .collection('users')
    .where({ _id: 'seats', left: _.gt(0) })
    .update({ data: { left: _.inc(-1) } })
  const second = await db
    .collection('users')
    .where({ _id: 'seats', left: _.gt(0) })
    .update({ data: { left: _.inc(-1) } })
  expect([first.stats.updated, second.stats.updated]).toEqual([1, 0])
  expect((await db.collection('users').doc('seats').get()).data.left).toBe(0)
})

it('parallel conditional decrements never oversell', async () => {
  await db.collection('users').add({ data: { _id: 'stock', left: 5 } })
  const results = await Promise.all(
    Array.from({ length: 12 }, () =>
      db
        .collection('users')
        .where({ _id: 'stock', left: _.gt(0) })
        .update({ data: { left: _.inc(-1) } }),
    ),
  )
  expect(results.filter((r: any) => r.stats.updated === 1)).toHaveLength(5)
  expect((await db.collection('users').doc('stock').get()).data.left).toBe(0)
})

it('an update that changes nothing reports updated: 0', async () => {
  await db.collection('users').add({ data: { _id: 'same', v: 1 } })
  expect(
    (
      await db
        .collection('users')
        .doc('same')
        .update({ data: { v: 1 } })
    ).stats.updated,
  ).toBe(0)
})
