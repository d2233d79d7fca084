import { callAs, codeOf, dataOf } from '../support'
import { useFunctionEnv } from './helpers'

jest.setTimeout(180000)

/**
 * 首位管理员 on a fresh environment (no demo data: what a first deploy has): the setup code of the
 * members function makes the first caller who enters it the committee admin, once. The functions stay
 * bound to this file's one environment, so each scenario starts by emptying what setup touches.
 */
const CODE = 'honglin-setup-7f3a9c21'
let db: Awaited<ReturnType<typeof useFunctionEnv>>['db']
const TOUCHED = ['users', 'orgs', 'residents', 'systemSetup', 'auditLogs']

const setup = (openid: string, code = CODE, committeeName = '滨湖世纪社区党委') =>
  callAs(openid).members.setupFirstAdmin({ code, committeeName })
const me = (openid: string) => callAs(openid).members.me()
const countOf = async (collection: string, where: object = {}) =>
  ((await db.collection(collection).where(where).count()) as { total: number }).total
const auditsOf = async () =>
  ((await db.collection('auditLogs').where({ action: 'members.setupFirstAdmin' }).get()) as { data: Array<Record<string, unknown>> }).data

async function freshEnvironment(): Promise<void> {
  const _ = db.command
  for (const name of TOUCHED)
    await db
      .collection(name)
      .where({ _id: _.exists(true) })
      .remove()
  expect(await Promise.all(TOUCHED.map((name) => countOf(name)))).toEqual(TOUCHED.map(() => 0))
}

/** A committee put into the org tree before setup (by hand, or by an import), with nothing under it. */
async function addCommittee(id: string, name: string): Promise<void> {
  await db.collection('orgs').add({ data: { _id: id, name, level: 'committee', parentId: null, path: [], buildings: [], sort: 0 } })
}

beforeAll(async () => {
  ;({ db } = await useFunctionEnv('members_setup'))
})

beforeEach(() => {
  process.env.HONGLIN_SETUP_CODE = CODE
})

afterAll(() => {
  delete process.env.HONGLIN_SETUP_CODE
})

describe('the one-time setup code', () => {
  beforeAll(freshEnvironment)

  it('is refused when the function has no code, or one too short to be safe', async () => {
    delete process.env.HONGLIN_SETUP_CODE
    expect(codeOf(await setup('office-1'))).toBe('SETUP.NOT_ENABLED')
    process.env.HONGLIN_SETUP_CODE = 'short'
    expect(codeOf(await setup('office-1', 'short'))).toBe('SETUP.NOT_ENABLED')
    expect(await countOf('users')).toBe(0)
  })

  it('refuses a wrong code and changes nothing', async () => {
    expect(codeOf(await setup('office-1', 'honglin-setup-00000000'))).toBe('SETUP.WRONG_CODE')
    expect(codeOf(await setup('office-1', `${CODE}x`))).toBe('SETUP.WRONG_CODE')
    expect(await countOf('users')).toBe(0)
    expect(await countOf('orgs')).toBe(0)
    expect(await countOf('systemSetup')).toBe(0)
    expect(dataOf(await me('office-1')).role).toBe('visitor')
  })

  it('makes the first caller the committee admin, creating the committee, with an audit entry', async () => {
    const reply = dataOf(await setup('office-1', ` ${CODE} `))
    expect(reply).toEqual({ scope: { id: 'org-committee', name: '滨湖世纪社区党委', level: 'committee' }, committeeCreated: true })
    const mine = dataOf(await me('office-1'))
    expect(mine).toMatchObject({ role: 'admin', scope: { id: 'org-committee', name: '滨湖世纪社区党委' } })
    // The new admin can do admin things at once, e.g. build the org tree under the committee.
    const branch = await callAs('office-1').members.upsertOrg({
      name: '第一党支部',
      level: 'branch',
      parentId: 'org-committee',
      buildings: [],
    })
    expect(codeOf(branch)).toBe('ok')
    expect(await auditsOf()).toEqual([
      expect.objectContaining({
        actorOpenid: 'office-1',
        actorRole: 'visitor',
        target: 'office-1',
        detail: { committeeId: 'org-committee', committeeCreated: true },
      }),
    ])
  })

  it('is used once: anyone else entering it afterwards is refused', async () => {
    expect(codeOf(await setup('office-2'))).toBe('SETUP.USED')
    expect(dataOf(await me('office-2')).role).toBe('visitor')
    expect(await countOf('users', { role: 'admin' })).toBe(1)
  })

  it('answers the first admin’s own retry the same, without a second audit entry', async () => {
    expect(dataOf(await setup('office-1'))).toMatchObject({ scope: { id: 'org-committee' } })
    expect(await auditsOf()).toHaveLength(1)
    expect(await countOf('orgs', { level: 'committee' })).toBe(1)
  })
})

describe('two people entering the code at the same moment', () => {
  beforeAll(freshEnvironment)

  it('makes exactly one of them admin; the others are told it is used', async () => {
    const openids = Array.from({ length: 8 }, (_, i) => `racer-${i}`)
    const replies = await Promise.all(openids.map((openid) => setup(openid)))
    const codes = replies.map(codeOf)
    expect(codes.filter((code) => code === 'ok')).toHaveLength(1)
    expect(codes.filter((code) => code !== 'ok')).toEqual(Array(7).fill('SETUP.USED'))
    const winner = openids[codes.indexOf('ok')]
    expect(await countOf('users', { role: 'admin' })).toBe(1)
    expect(await countOf('users', { _id: winner, role: 'admin' })).toBe(1)
    expect(await countOf('orgs', { level: 'committee' })).toBe(1)
    expect(await auditsOf()).toHaveLength(1)
  })
})

describe('an environment whose admin was made by hand', () => {
  beforeAll(async () => {
    await freshEnvironment()
    await addCommittee('org-c', '某社区党委')
    await db
      .collection('users')
      .add({ data: { _id: 'hand-made-admin', role: 'admin', scopeOrgId: 'org-c', memberId: null, residentId: null } })
  })

  it('refuses the code: the first admin exists already', async () => {
    expect(codeOf(await setup('newcomer'))).toBe('SETUP.USED')
    expect(await countOf('systemSetup')).toBe(0)
    expect(await countOf('users', { _id: 'newcomer' })).toBe(0)
  })
})

describe('an existing committee (imported before the first admin)', () => {
  beforeAll(async () => {
    await freshEnvironment()
    await addCommittee('org-existing', '已有社区党委')
    // A resident who registered first keeps their registration.
    await db.collection('residents').add({
      data: {
        _id: 'res-office',
        openid: 'office-r',
        name: '王主任',
        phone: '13700000000',
        building: '1栋',
        unit: '',
        rankingOptOut: false,
      },
    })
    await db
      .collection('users')
      .add({ data: { _id: 'office-r', role: 'resident', memberId: null, residentId: 'res-office', scopeOrgId: null } })
  })

  it('is managed by the new admin; the name given is not used; their registration stays', async () => {
    expect(dataOf(await setup('office-r', CODE, '别的名字'))).toEqual({
      scope: { id: 'org-existing', name: '已有社区党委', level: 'committee' },
      committeeCreated: false,
    })
    expect(await countOf('orgs')).toBe(1)
    expect(await countOf('users', { _id: 'office-r', role: 'admin', residentId: 'res-office', scopeOrgId: 'org-existing' })).toBe(1)
  })
})
