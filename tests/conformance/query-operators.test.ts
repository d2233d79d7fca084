/**
 * Every query operator, on indexed paths (SQL via btree) and unindexed paths (SQL via jsonpath or JS).
 */
import { createTestEnv } from '../setup/cloud-env'

// The SDK's typings return `void | string | Result` unions (callback overloads); tests read results loosely.
let db: any
let _: any

const people = [
  {
    _id: 'p1',
    phone: '13900000001',
    name: 'Ann',
    orgId: 'o1',
    age: 30,
    tags: ['a', 'b'],
    addr: { city: 'SH', zip: 200 },
    scores: [1, 5],
    items: [
      { k: 'x', q: 1 },
      { k: 'y', q: 5 },
    ],
  },
  {
    _id: 'p2',
    phone: '13900000002',
    name: 'bob',
    orgId: 'o1',
    age: 40,
    tags: ['b'],
    addr: { city: 'BJ', zip: 100 },
    scores: [7],
    items: [{ k: 'x', q: 9 }],
  },
  { _id: 'p3', phone: '13900000003', name: 'Cy', orgId: 'o2', age: 50, tags: [], addr: { city: 'SH' }, nick: null },
  { _id: 'p4', phone: '13900000004', name: 'dee', orgId: 'o3', age: '60', tags: ['c', 'a', 'b'] },
]

beforeAll(async () => {
  ;({ db } = await createTestEnv('ops'))
  _ = db.command
  // members has indexes on orgId, name, phone, openid; this collection is queried both ways.
  await db.collection('members').add({ data: people as any })
})

async function ids(where: object, coll = 'members'): Promise<string[]> {
  const { data } = await db.collection(coll).where(where).orderBy('_id', 'asc').get()
  return data.map((d: any) => d._id)
}

it.each<[string, () => object, string[]]>([
  ['eq literal (indexed)', () => ({ orgId: 'o1' }), ['p1', 'p2']],
  ['eq command', () => ({ age: _.eq(40) }), ['p2']],
  ['neq (missing counts as not equal)', () => ({ orgId: _.neq('o1') }), ['p3', 'p4']],
  ['gt (numbers only, not the string "60")', () => ({ age: _.gt(35) }), ['p2', 'p3']],
  ['gte', () => ({ age: _.gte(40) }), ['p2', 'p3']],
  ['lt', () => ({ age: _.lt(40) }), ['p1']],
  ['lte', () => ({ age: _.lte(40) }), ['p1', 'p2']],
  ['string range on an indexed field (byte order)', () => ({ name: _.gte('B').and(_.lt('a')) }), ['p3']],
  ['in', () => ({ orgId: _.in(['o2', 'o3']) }), ['p3', 'p4']],
  ['nin', () => ({ orgId: _.nin(['o1', 'o2']) }), ['p4']],
  ['and (field level)', () => ({ age: _.gt(25).and(_.lt(45)) }), ['p1', 'p2']],
  ['and (top level)', () => _.and([{ orgId: 'o1' }, { age: _.gt(35) }]), ['p2']],
  ['or (top level)', () => _.or([{ orgId: 'o2' }, { age: 30 }]), ['p1', 'p3']],
  ['or (field level)', () => ({ age: _.or(_.eq(30), _.eq(50)) }), ['p1', 'p3']],
  ['nor', () => _.nor([{ orgId: 'o1' }, { orgId: 'o2' }]), ['p4']],
  ['not', () => ({ age: _.not(_.gt(35)) }), ['p1', 'p4']],
  ['exists true', () => ({ nick: _.exists(true) }), ['p3']],
  ['exists false', () => ({ scores: _.exists(false) }), ['p3', 'p4']],
  ['null matches null and missing', () => ({ nick: null }), ['p1', 'p2', 'p3', 'p4']],
  ['size', () => ({ tags: _.size(2) }), ['p1']],
  ['elemMatch over objects', () => ({ items: _.elemMatch({ k: 'x', q: _.gt(3) }) }), ['p2']],
  ['all', () => ({ tags: _.all(['a', 'b']) }), ['p1', 'p4']],
  ['array contains value (Mongo semantics)', () => ({ tags: 'a' }), ['p1', 'p4']],
  ['array element range', () => ({ scores: _.gt(6) }), ['p2']],
  ['nested path', () => ({ 'addr.city': 'SH' }), ['p1', 'p3']],
  ['nested object form', () => ({ addr: { city: 'BJ' } }), ['p2']],
  ['path through an array of objects', () => ({ 'items.k': 'y' }), ['p1']],
  ['regex via db.RegExp, case-insensitive', () => ({ name: db.RegExp({ regexp: '^[ab]', options: 'i' }) }), ['p1', 'p2']],
  ['regex via JS RegExp literal', () => ({ name: /e$/ }), ['p4']],
  ['_id in', () => ({ _id: _.in(['p2', 'p4', 'zz']) }), ['p2', 'p4']],
  ['_id range', () => ({ _id: _.gt('p2') }), ['p3', 'p4']],
])('%s', async (_title, where, expected) => {
  expect(await ids(where())).toEqual(expected)
})

it('an indexed field that holds arrays still has Mongo semantics', async () => {
  await db.collection('members').add({ data: { _id: 'p5', phone: '13900000005', orgId: ['o7', 'o8'], name: 'multi' } })
  expect(await ids({ orgId: 'o8' })).toEqual(['p5'])
  expect(await ids({ orgId: _.in(['o7', 'o2']) })).toEqual(['p3', 'p5'])
  expect(await ids({ orgId: 'o1' })).toEqual(['p1', 'p2'])
})

it('count agrees with get for translated and JS-evaluated filters', async () => {
  for (const where of [{ orgId: 'o1' }, { name: /^[A-Z]/ }, { tags: _.size(0) }]) {
    const { total } = await db.collection('members').where(where).count()
    expect(total).toBe((await ids(where)).length)
  }
})

it('sorts with a JS-evaluated filter still honour orderBy, skip and limit', async () => {
  const { data } = await db.collection('members').where({ name: /./ }).orderBy('name', 'desc').skip(1).limit(2).get()
  expect(data.map((d: any) => d.name)).toEqual(['dee', 'bob'])
})

it('field() inclusion, exclusion and nested paths', async () => {
  const inc = await db.collection('members').where({ _id: 'p1' }).field({ name: true, 'addr.city': true }).get()
  expect(inc.data).toEqual([{ _id: 'p1', name: 'Ann', addr: { city: 'SH' } }])
  const exc = await db.collection('members').where({ _id: 'p2' }).field({ items: false, scores: false, addr: false, tags: false }).get()
  expect(exc.data).toEqual([{ _id: 'p2', phone: '13900000002', name: 'bob', orgId: 'o1', age: 40 }])
})
