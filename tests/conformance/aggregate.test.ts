/**
 * Aggregation stages through collection.aggregate().
 */
import { createTestEnv } from '../setup/cloud-env'

let db: any
let $: any
let _: any

beforeAll(async () => {
  ;({ db } = await createTestEnv('agg'))
  $ = db.command.aggregate
  _ = db.command
  await db.collection('orgs').add({
    data: [
      { _id: 'o1', name: '一支部' },
      { _id: 'o2', name: '二支部' },
      { _id: 'o3', name: '空支部' },
    ] as any,
  })
  await db.collection('members').add({
    data: [
      { _id: 'm1', phone: 'ph1', orgId: 'o1', name: 'A', points: 10, tags: ['x', 'y'], at: new Date(1000) },
      { _id: 'm2', phone: 'ph2', orgId: 'o1', name: 'B', points: 30, tags: ['x'], at: new Date(2000) },
      { _id: 'm3', phone: 'ph3', orgId: 'o2', name: 'C', points: 20, tags: [], at: new Date(3000) },
      { _id: 'm4', phone: 'ph4', orgId: 'o2', name: 'D', points: 20, at: new Date(4000) },
    ] as any,
  })
})

it('$match + $group with $sum/$avg/$min/$max/$first/$last/$push/$addToSet + $sort', async () => {
  const { list } = await db
    .collection('members')
    .aggregate()
    .match({ points: _.gte(10) })
    .sort({ name: 1 })
    .group({
      _id: '$orgId',
      total: $.sum('$points'),
      n: $.sum(1),
      avg: $.avg('$points'),
      min: $.min('$points'),
      max: $.max('$points'),
      first: $.first('$name'),
      last: $.last('$name'),
      names: $.push('$name'),
      pts: $.addToSet('$points'),
      latest: $.max('$at'),
    })
    .sort({ _id: 1 })
    .end()
  expect(list).toEqual([
    {
      _id: 'o1',
      total: 40,
      n: 2,
      avg: 20,
      min: 10,
      max: 30,
      first: 'A',
      last: 'B',
      names: ['A', 'B'],
      pts: [10, 30],
      latest: new Date(2000),
    },
    { _id: 'o2', total: 40, n: 2, avg: 20, min: 20, max: 20, first: 'C', last: 'D', names: ['C', 'D'], pts: [20], latest: new Date(4000) },
  ])
})

it('$lookup localField/foreignField', async () => {
  const { list } = await db
    .collection('orgs')
    .aggregate()
    .lookup({ from: 'members', localField: '_id', foreignField: 'orgId', as: 'members' })
    .sort({ _id: 1 })
    .end()
  expect(list.map((o: any) => [o._id, o.members.map((m: any) => m._id).sort()])).toEqual([
    ['o1', ['m1', 'm2']],
    ['o2', ['m3', 'm4']],
    ['o3', []],
  ])
})

it('$lookup on _id from a null or missing field joins nothing; on another field it joins the documents without it', async () => {
  const { list } = await db
    .collection('members')
    .aggregate()
    .match({ _id: _.in(['m1', 'm4']) })
    .project({ orgId: 1, tags: 1 })
    .addFields({ orgId: $.cond({ if: $.eq(['$_id', 'm4']), then: null, else: '$orgId' }) })
    .lookup({ from: 'orgs', localField: 'orgId', foreignField: '_id', as: 'org' })
    .lookup({ from: 'members', localField: 'orgId', foreignField: 'tags', as: 'untagged' })
    .sort({ _id: 1 })
    .end()
  expect(list.map((m: any) => [m._id, m.org.map((o: any) => o._id), m.untagged.map((u: any) => u._id)])).toEqual([
    ['m1', ['o1'], []],
    ['m4', [], ['m4']],
  ])
})

it('$lookup with let + pipeline', async () => {
  const { list } = await db
    .collection('orgs')
    .aggregate()
    .lookup({
      from: 'members',
      let: { org: '$_id' },
      pipeline: $.pipeline()
        .match(_.expr($.and([$.eq(['$orgId', '$$org']), $.gte(['$points', 20])])))
        .project({ _id: 0, name: 1 })
        .done(),
      as: 'top',
    })
    .sort({ _id: 1 })
    .end()
  expect(list.map((o: any) => o.top)).toEqual([[{ name: 'B' }], [{ name: 'C' }, { name: 'D' }], []])
})

it('$unwind, then $group counts per tag', async () => {
  const { list } = await db
    .collection('members')
    .aggregate()
    .unwind('$tags')
    .group({ _id: '$tags', n: $.sum(1) })
    .sort({ _id: 1 })
    .end()
  expect(list).toEqual([
    { _id: 'x', n: 2 },
    { _id: 'y', n: 1 },
  ])
  const kept = await db.collection('members').aggregate().unwind({ path: '$tags', preserveNullAndEmptyArrays: true }).count('n').end()
  expect(kept.list).toEqual([{ n: 5 }])
})

it('$project with expressions, $addFields, $skip, $limit, $count', async () => {
  const { list } = await db
    .collection('members')
    .aggregate()
    .sort({ points: -1, name: 1 })
    .skip(1)
    .limit(2)
    .project({ _id: 0, name: 1, double: $.multiply(['$points', 2]) })
    .addFields({ label: $.concat(['$name', '!']) })
    .end()
  expect(list).toEqual([
    { name: 'C', double: 40, label: 'C!' },
    { name: 'D', double: 40, label: 'D!' },
  ])
  const c = await db.collection('members').aggregate().match({ orgId: 'o1' }).count('total').end()
  expect(c.list).toEqual([{ total: 2 }])
})

it('an unknown stage is an error', async () => {
  await expect(db.collection('members').aggregate().bucketAuto({ groupBy: '$points', buckets: 2 }).end()).rejects.toBeTruthy()
})
