/**
 * add / get / doc / update / set / remove / count through the real wx-server-sdk.
 */
import { createTestEnv } from '../setup/cloud-env'

// The SDK's typings return `void | string | Result` unions (callback overloads); tests read results loosely.
let db: any

beforeAll(async () => {
  ;({ db } = await createTestEnv('crud'))
})

describe('add', () => {
  it('generates an _id when none is given and keeps a given one', async () => {
    const a = await db.collection('orgs').add({ data: { name: '一支部' } })
    expect(typeof a._id).toBe('string')
    expect(String(a._id).length).toBeGreaterThanOrEqual(16)
    const b = await db.collection('orgs').add({ data: { _id: 'org-b', name: '二支部' } })
    expect(b._id).toBe('org-b')
    const got = await db.collection('orgs').doc('org-b').get()
    expect(got.data).toEqual({ _id: 'org-b', name: '二支部' })
  })

  it('adds a batch and returns every id in order', async () => {
    const r = (await db.collection('orgs').add({ data: [{ _id: 'batch-1', k: 1 }, { _id: 'batch-2', k: 2 }, { k: 3 }] as any })) as any
    expect(r._ids).toHaveLength(3)
    expect(r._ids.slice(0, 2)).toEqual(['batch-1', 'batch-2'])
    const { total } = await db
      .collection('orgs')
      .where({ k: db.command.gte(1) })
      .count()
    expect(total).toBe(3)
  })

  it('rejects a duplicate _id with -502001 duplicate key', async () => {
    await db.collection('orgs').add({ data: { _id: 'dup', v: 1 } })
    await expect(db.collection('orgs').add({ data: { _id: 'dup', v: 2 } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('duplicate key'),
    })
    expect((await db.collection('orgs').doc('dup').get()).data.v).toBe(1)
  })
})

describe('doc', () => {
  beforeAll(async () => {
    await db.collection('users').add({ data: { _id: 'u1', role: 'member', profile: { city: '上海', age: 40 }, tags: ['a'] } })
  })

  it('get of a missing document rejects, like the cloud', async () => {
    await expect(db.collection('users').doc('nobody').get()).rejects.toMatchObject({
      errMsg: expect.stringContaining('does not exist'),
    })
  })

  it('field() projects a document', async () => {
    const r = await db.collection('users').doc('u1').field({ role: true }).get()
    expect(r.data).toEqual({ _id: 'u1', role: 'member' })
  })

  it('update merges nested dotted fields and reports the count', async () => {
    const r = await db
      .collection('users')
      .doc('u1')
      .update({ data: { 'profile.age': 41, profile2: { x: 1 } } })
    expect(r.stats.updated).toBe(1)
    const got = (await db.collection('users').doc('u1').get()).data
    expect(got.profile).toEqual({ city: '上海', age: 41 })
    expect(got.profile2).toEqual({ x: 1 })
  })

  it('update of a missing document updates nothing', async () => {
    const r = await db
      .collection('users')
      .doc('ghost')
      .update({ data: { role: 'x' } })
    expect(r.stats.updated).toBe(0)
  })

  it('set replaces the whole document, and creates it when missing', async () => {
    // u1 is there (replaced); u-new is not (created).
    const cases = [
      { id: 'u1', role: 'admin', stats: { updated: 1, created: 0 } },
      { id: 'u-new', role: 'resident', stats: { updated: 0, created: 1 } },
    ]
    for (const { id, role, stats } of cases) {
      const r = await db.collection('users').doc(id).set({ data: { role } })
      expect(r.stats).toEqual(stats)
      expect((await db.collection('users').doc(id).get()).data).toEqual({ _id: id, role })
    }
  })

  it('remove deletes one document', async () => {
    await db.collection('users').add({ data: { _id: 'gone', role: 'x' } })
    const r = await db.collection('users').doc('gone').remove()
    expect(r.stats.removed).toBe(1)
    const again = await db.collection('users').doc('gone').remove()
    expect(again.stats.removed).toBe(0)
  })
})

describe('where', () => {
  beforeAll(async () => {
    const docs = Array.from({ length: 12 }, (_, i) => ({
      _id: `m${String(i).padStart(2, '0')}`,
      phone: `p${i}`,
      orgId: i % 2 ? 'odd' : 'even',
      n: i,
    }))
    await db.collection('members').add({ data: docs as any })
  })

  it('update() with where changes every match (multi)', async () => {
    const _ = db.command
    const r = await db
      .collection('members')
      .where({ orgId: 'odd' })
      .update({ data: { flag: true, n: _.inc(100) } })
    expect(r.stats.updated).toBe(6)
    const { data } = await db.collection('members').where({ flag: true }).orderBy('_id', 'asc').get()
    expect(data.map((d: any) => d.n)).toEqual([101, 103, 105, 107, 109, 111])
  })

  it('remove() with where removes every match', async () => {
    await db.collection('members').add({
      data: [
        { orgId: 'tmp', phone: 't1' },
        { orgId: 'tmp', phone: 't2' },
      ] as any,
    })
    const r = await db.collection('members').where({ orgId: 'tmp' }).remove()
    expect(r.stats.removed).toBe(2)
    expect((await db.collection('members').where({ orgId: 'tmp' }).count()).total).toBe(0)
  })

  it('orderBy several fields, skip and limit', async () => {
    const { data } = await db
      .collection('members')
      .where({ n: db.command.lt(100) })
      .orderBy('orgId', 'asc')
      .orderBy('n', 'desc')
      .skip(1)
      .limit(3)
      .get()
    expect(data.map((d: any) => d.n)).toEqual([8, 6, 4])
  })

  it('count counts matches', async () => {
    expect((await db.collection('members').where({ orgId: 'even' }).count()).total).toBe(6)
    expect((await db.collection('members').count()).total).toBe(12)
  })
})
