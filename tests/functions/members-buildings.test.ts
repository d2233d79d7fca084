import type { NoticeReadDoc } from '../../core/notices/model'
import { callAs, codeOf, dataOf, P, unchecked } from '../support'
import { countOf, docOf, useCommunityDb } from './helpers'
import { publishAs } from './notices-fixtures'

jest.setTimeout(180000)

const db = useCommunityDb('members_buildings')

describe('the community’s buildings', () => {
  it('are listed for anyone, with their units and the group that looks after them', async () => {
    const { items } = dataOf(await callAs('fresh-visitor').members.buildings())
    const third = items.find((b) => b.id === '琼林苑3栋')
    expect(third).toMatchObject({ units: ['1单元', '2单元', '3单元'], groups: [{ level: 'group' }] })
    expect(new Set(items.map((b) => b.id)).size).toBe(items.length)
  })

  it('are kept by the committee in one canonical spelling, audited with before → after', async () => {
    const created = dataOf(await callAs(P.admin).members.upsertBuilding({ name: '临滨苑 ９ 号楼', units: ['1', '二单元'] }))
    expect(created).toMatchObject({ created: true, building: { id: '临滨苑9栋', units: ['1单元', '2单元'], groups: [] } })
    // The same building typed another way edits it instead of adding a second one.
    const edited = dataOf(await callAs(P.admin).members.upsertBuilding({ name: '临滨苑9栋', units: ['1单元', '2单元', '3单元'] }))
    expect(edited).toMatchObject({ created: false, building: { id: '临滨苑9栋', units: ['1单元', '2单元', '3单元'] } })
    expect(await countOf(db, 'buildings', { _id: '临滨苑9栋' })).toBe(1)
    expect(await countOf(db, 'auditLogs', { action: 'members.upsertBuilding', target: '临滨苑9栋' })).toBe(2)
    const update = (await db
      .collection('auditLogs')
      .where({ action: 'members.upsertBuilding', 'detail.kind': 'update' })
      .get()) as unknown as {
      data: Array<{ detail: { before: { units: string[] }; after: { units: string[] } } }>
    }
    expect(update.data[0].detail).toMatchObject({ before: { units: ['1单元', '2单元'] }, after: { units: ['1单元', '2单元', '3单元'] } })
    // Sent again unchanged: nothing written.
    await callAs(P.admin).members.upsertBuilding({ name: '临滨苑9栋', units: ['1单元', '2单元', '3单元'] })
    expect(await countOf(db, 'auditLogs', { action: 'members.upsertBuilding', target: '临滨苑9栋' })).toBe(2)
    expect(codeOf(await callAs(P.secretary).members.upsertBuilding({ name: '临滨苑10栋', units: [] }))).toBe('COMMON.FORBIDDEN')
  })

  it('refuse an over-long name instead of cutting it', async () => {
    const reply = await callAs(P.admin).members.upsertBuilding(unchecked({ name: '琼林苑'.repeat(10) + '1栋', units: [] }))
    expect(reply).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION', field: 'name' } })
    const register = await callAs('long-typer').members.register(
      unchecked({ name: '张三', phone: '13712340000', building: '琼林苑'.repeat(11), unit: '' }),
    )
    expect(register).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION', field: 'building' } })
    expect(await countOf(db, 'residents', { openid: 'long-typer' })).toBe(0)
  })
})

describe('registering and correcting a building', () => {
  it('stores the listed building however it was typed, so building notices reach the person', async () => {
    dataOf(await callAs('typed-3hao').members.register({ name: '孙秀芳', phone: '13712340001', building: '琼林苑3号楼', unit: '2' }))
    const me = dataOf(await callAs('typed-3hao').members.me())
    expect(me.person).toMatchObject({ building: '琼林苑3栋', unit: '2单元' })
    const notice = dataOf(
      await publishAs(P.admin.openid, { title: '琼林苑3栋停水通知', audience: { kind: 'building', building: '琼林苑3栋' } }),
    )
    const mine = dataOf(await callAs('typed-3hao').notices.list())
    expect(mine.items.map((n) => n.id)).toContain(notice.notice.id)
  })

  it('refuses a building or unit not on the list, naming the field, and writes nothing', async () => {
    const unknown = await callAs('typo').members.register({ name: '钱二', phone: '13712340002', building: '琼林苑33栋', unit: '' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BUILDING.UNKNOWN', field: 'building' } })
    const unit = await callAs('typo').members.register({ name: '钱二', phone: '13712340002', building: '琼林苑3栋', unit: '7单元' })
    expect(unit).toMatchObject({ ok: false, error: { code: 'BUILDING.UNKNOWN_UNIT', field: 'unit' } })
    expect(await countOf(db, 'residents', { openid: 'typo' })).toBe(0)
  })

  it('checks a changed building on the profile too', async () => {
    expect(codeOf(await callAs(P.resident).members.updateMyContact({ building: '不存在的楼', unit: '1单元' }))).toBe('BUILDING.UNKNOWN')
    const me = dataOf(await callAs(P.resident).members.updateMyContact({ building: '琼林苑 4 幢', unit: '1单元' }))
    expect(me.person).toMatchObject({ building: '琼林苑4栋', unit: '1单元' })
    await callAs(P.resident).members.updateMyContact({ building: '琼林苑3栋', unit: '2单元' })
  })

  it('checks a manager’s roster edit', async () => {
    const reply = await callAs(P.admin).members.upsert({
      fields: {
        name: '新党员',
        gender: 'male',
        birthYear: 1960,
        phone: '13812340003',
        category: 'retired',
        elder: false,
        orgId: 'org-b1-g1',
        building: '火星1栋',
        unit: '',
        joinedPartyYear: 1990,
      },
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'BUILDING.UNKNOWN', field: 'fields.building' } })
  })
})

describe('migrating free-text buildings', () => {
  beforeAll(async () => {
    // Typed before the list existed: two spellings of listed buildings and one that matches nothing.
    await db.collection('residents').add({
      data: [
        {
          _id: 'r-old-1',
          openid: 'old-1',
          name: '吴一',
          phone: '13700009001',
          building: '琼林苑3号楼',
          unit: '1单元',
          rankingOptOut: false,
        },
        {
          _id: 'r-old-2',
          openid: 'old-2',
          name: '吴二',
          phone: '13700009002',
          building: '琼林苑 ３ 幢',
          unit: '1单元',
          rankingOptOut: false,
        },
        { _id: 'r-old-3', openid: 'old-3', name: '吴三', phone: '13700009003', building: '星星小区8栋', unit: '', rankingOptOut: false },
      ],
    })
    await db.collection('noticeReads').add({
      data: {
        _id: 'n-old:r-old-1',
        noticeId: 'n-old',
        personId: 'r-old-1',
        personKind: 'resident',
        orgPath: [],
        building: '琼林苑3号楼',
        audienceKey: 'all',
        live: true,
        visibleUntil: new Date('2099-01-01'),
        noticeVersion: 1,
        at: new Date(),
      },
    })
  })

  it('reports first and changes nothing', async () => {
    const report = dataOf(await callAs(P.admin).members.migrateBuildings({ commit: false }))
    expect(report.matched).toEqual(
      expect.arrayContaining([
        { from: '琼林苑3号楼', to: '琼林苑3栋', records: 1 },
        { from: '琼林苑 ３ 幢', to: '琼林苑3栋', records: 1 },
      ]),
    )
    expect(report.unmatched).toEqual([{ text: '星星小区8栋', records: 1 }])
    expect(report).toMatchObject({ committed: false, written: 0 })
    expect(await countOf(db, 'residents', { building: '琼林苑3号楼' })).toBe(1)
  })

  it('rewrites people and their copies on commit, once, with an audit entry', async () => {
    const report = dataOf(await callAs(P.admin).members.migrateBuildings({ commit: true }))
    expect(report.written).toBe(3)
    expect(await countOf(db, 'residents', { _id: db.command.in(['r-old-1', 'r-old-2']), building: '琼林苑3栋' })).toBe(2)
    expect((await docOf<NoticeReadDoc>(db, 'noticeReads', 'n-old:r-old-1'))?.building).toBe('琼林苑3栋')
    expect(await countOf(db, 'residents', { building: '星星小区8栋' })).toBe(1)
    expect(await countOf(db, 'auditLogs', { action: 'members.migrateBuildings' })).toBe(1)
    // Run again: nothing left to match, nothing written, no second entry.
    const again = dataOf(await callAs(P.admin).members.migrateBuildings({ commit: true }))
    expect(again).toMatchObject({ matched: [], written: 0 })
    expect(await countOf(db, 'auditLogs', { action: 'members.migrateBuildings' })).toBe(1)
  })
})
