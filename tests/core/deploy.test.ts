import { COLLECTIONS, type IndexSpec } from '../../core/collections'
import { FUNCTIONS_OUT, deploymentOf, functionNames } from '../../scripts/build-functions'
import { applyPlan, readRemote } from '../../scripts/deploy/cloudbase'
import { desiredState } from '../../scripts/deploy/desired'
import { formatPlan } from '../../scripts/deploy/format'
import { runDeploy } from '../../scripts/deploy/index'
import { planDeployment } from '../../scripts/deploy/plan'
import { FakeCloudBase } from './fake-cloudbase'

const CREDENTIALS = { TCB_ENV_ID: 'honglin-test', TENCENTCLOUD_SECRETID: 'id', TENCENTCLOUD_SECRETKEY: 'key' }
const declaredIndexes: IndexSpec[] = Object.values(COLLECTIONS).flatMap((collection): readonly IndexSpec[] => collection.indexes)

async function deploy(cloud: FakeCloudBase, environment: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const lines: string[] = []
  const code = await runDeploy(
    [],
    { ...CREDENTIALS, ...environment },
    (line) => lines.push(line),
    async () => cloud,
  )
  return { code, output: lines.join('\n') }
}

async function planAgainst(cloud: FakeCloudBase, environment: Record<string, string> = {}) {
  return planDeployment(desiredState(environment), await readRemote(cloud, 'honglin-test'))
}

describe('npm run deploy -- --plan without credentials', () => {
  it('lists every collection, index, function, timeout, variable and timer of the repo and succeeds', async () => {
    const lines: string[] = []
    const connect = jest.fn()
    const code = await runDeploy(['--plan'], {}, (line) => lines.push(line), connect)
    const output = lines.join('\n')
    expect(code).toBe(0)
    expect(connect).not.toHaveBeenCalled()
    const unique = declaredIndexes.filter((index) => index.unique).length
    expect(output).toContain(`Collections: ${Object.keys(COLLECTIONS).length}, indexes: ${declaredIndexes.length} (${unique} unique)`)
    for (const name of Object.keys(COLLECTIONS)) expect(output).toContain(`· ${name} — `)
    for (const index of declaredIndexes) expect(output).toContain(`index ${index.name} (`)
    expect(output).toContain(`Functions: ${functionNames().length}`)
    for (const name of functionNames()) {
      const spec = deploymentOf(name)
      expect(output).toContain(`· ${name} — timeout ${spec.timeout}s, memory ${spec.memory}MB, runtime ${spec.runtime}`)
      for (const variable of Object.keys(spec.env)) expect(output).toContain(`env ${variable}`)
      for (const timer of spec.timers) expect(output).toContain(`timer ${timer.name} "${timer.cron}"`)
    }
  })

  it('refuses to deploy without credentials and says which variables to set', async () => {
    const lines: string[] = []
    const connect = jest.fn()
    expect(await runDeploy([], {}, (line) => lines.push(line), connect)).toBe(1)
    expect(connect).not.toHaveBeenCalled()
    expect(lines.join('\n')).toContain('TCB_ENV_ID')
  })
})

describe('npm run deploy against an empty environment', () => {
  it('creates every collection with its indexes and permission, and every function with its config and timers', async () => {
    const cloud = new FakeCloudBase()
    const { code } = await deploy(cloud, { HONGLIN_TPL_ACTIVITY_REMINDER: 'tmpl-1' })
    expect(code).toBe(0)

    expect([...cloud.collections.keys()].sort()).toEqual(Object.keys(COLLECTIONS).sort())
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      const indexes = cloud.collections.get(name)!.filter((index) => index.Name !== '_id_')
      expect(indexes).toEqual(
        spec.indexes.map((index) => ({
          Name: index.name,
          Keys: index.fields.map(([field, direction]) => ({ Name: field, Direction: direction === 'asc' ? '1' : '-1' })),
          Unique: Boolean((index as IndexSpec).unique),
        })),
      )
      expect(cloud.permissions.get(name)).toBe('ADMINONLY')
    }
    expect(cloud.collections.get('members')!.find((index) => index.Name === 'phone')!.Unique).toBe(true)

    expect([...cloud.fns.keys()].sort()).toEqual(functionNames().sort())
    for (const name of functionNames()) {
      const spec = deploymentOf(name)
      const fn = cloud.fns.get(name)!
      expect({ timeout: fn.Timeout, memory: fn.MemorySize, runtime: fn.Runtime }).toEqual({
        timeout: spec.timeout,
        memory: spec.memory,
        runtime: spec.runtime,
      })
      expect(fn.Triggers.map((trigger) => [trigger.TriggerName, trigger.TriggerDesc])).toEqual(
        spec.timers.map((timer) => [timer.name, timer.cron]),
      )
      expect(fn.root).toBe(FUNCTIONS_OUT)
    }
    expect(cloud.fns.get('activities')!.Variables).toEqual([{ Key: 'HONGLIN_TPL_ACTIVITY_REMINDER', Value: 'tmpl-1' }])
  })

  it('is idempotent: a second deploy creates nothing and changes no index, permission or trigger', async () => {
    const cloud = new FakeCloudBase()
    await deploy(cloud)
    cloud.writes.length = 0
    const plan = await planAgainst(cloud)
    expect(plan.collections.every((collection) => collection.status === 'unchanged')).toBe(true)
    expect(plan.functions.every((fn) => fn.changes.length === 0 && fn.triggers.every((trigger) => trigger.status === 'unchanged'))).toBe(
      true,
    )

    expect((await deploy(cloud)).code).toBe(0)
    // Only the code and config of each function are sent again.
    expect(cloud.writes.filter((write) => !/^update(Code|Config) /.test(write))).toEqual([])
  })
})

describe('drift', () => {
  function driftedCloud(): FakeCloudBase {
    const cloud = new FakeCloudBase()
    // members: phone not unique (different), openid missing, an index someone added by hand (extra).
    cloud.addCollection(
      'members',
      [
        { Name: 'phone', Keys: [{ Name: 'phone', Direction: '1' }], Unique: false },
        { Name: 'byHand', Keys: [{ Name: 'name', Direction: '1' }], Unique: false },
      ],
      'READONLY',
    )
    cloud.addCollection('oldStuff')
    cloud.fns.set('points', {
      Timeout: 3,
      MemorySize: 256,
      Runtime: 'Nodejs16.13',
      Variables: [{ Key: 'LEGACY_FLAG', Value: '1' }],
      Triggers: [
        { TriggerName: 'expireOrders', Type: 'timer', TriggerDesc: '0 0 4 * * * *' },
        { TriggerName: 'oldTimer', Type: 'timer', TriggerDesc: '0 */5 * * * * *' },
      ],
      codeUploads: 1,
      root: '',
    })
    return cloud
  }

  it('reports missing, extra and different things', async () => {
    const plan = await planAgainst(driftedCloud())
    const members = plan.collections.find((collection) => collection.name === 'members')!
    expect(members.status).toBe('update')
    expect(members.indexes.find((index) => index.spec.name === 'phone')).toMatchObject({
      status: 'replace',
      remote: { name: 'phone', fields: [['phone', 'asc']] },
    })
    expect(members.indexes.find((index) => index.spec.name === 'openid')!.status).toBe('create')
    expect(members.extraIndexes.map((index) => index.name)).toEqual(['byHand'])
    expect(members.permission).toEqual({ status: 'set', remote: 'READONLY' })
    expect(plan.extraCollections).toEqual(['oldStuff'])
    expect(plan.collections.find((collection) => collection.name === 'orgs')!.status).toBe('create')

    const points = plan.functions.find((fn) => fn.fn.name === 'points')!
    expect(points.changes).toEqual([`timeout 3s → ${deploymentOf('points').timeout}s`])
    expect(points.triggers).toEqual([expect.objectContaining({ status: 'replace', remoteCron: '0 0 4 * * * *' })])
    expect(points.extraTriggers).toEqual(['oldTimer'])
    expect(points.extraEnv).toEqual([{ name: 'LEGACY_FLAG', value: '1' }])

    const text = formatPlan(plan)
    expect(text).toContain('! extra index in the cloud (kept): byHand (name asc)')
    expect(text).toContain('! collection oldStuff only in the cloud (kept)')
    expect(text).toContain('[cloud: phone (phone asc)]')
    expect(text).toContain('- timer oldTimer only in the cloud (deleted)')
  })

  it('fixes what differs and keeps what holds data or was added by hand', async () => {
    const cloud = driftedCloud()
    expect((await deploy(cloud)).code).toBe(0)
    const members = cloud.collections.get('members')!
    expect(members.find((index) => index.Name === 'phone')!.Unique).toBe(true)
    expect(members.some((index) => index.Name === 'openid')).toBe(true)
    expect(members.some((index) => index.Name === 'byHand')).toBe(true)
    expect(cloud.collections.has('oldStuff')).toBe(true)
    expect(cloud.permissions.get('members')).toBe('ADMINONLY')
    const points = cloud.fns.get('points')!
    expect(points.Timeout).toBe(deploymentOf('points').timeout)
    expect(points.Triggers.map((trigger) => [trigger.TriggerName, trigger.TriggerDesc])).toEqual([
      ['expireOrders', deploymentOf('points').timers[0].cron],
    ])
    expect(points.Variables).toEqual([{ Key: 'LEGACY_FLAG', Value: '1' }])
    // The unique index was dropped before it was created again, in that order.
    expect(cloud.writes.indexOf('dropIndex members.phone')).toBeLessThan(cloud.writes.indexOf('createIndex members.phone'))
  })
})

describe('environment variables', () => {
  it('sends the value from the environment and keeps the cloud value when it is unset here', async () => {
    const cloud = new FakeCloudBase()
    await deploy(cloud, { HONGLIN_TPL_ACTIVITY_REMINDER: 'tmpl-1' })
    const kept = await deploy(cloud)
    expect(cloud.fns.get('activities')!.Variables).toEqual([{ Key: 'HONGLIN_TPL_ACTIVITY_REMINDER', Value: 'tmpl-1' }])
    expect(kept.output).toContain('env HONGLIN_TPL_ACTIVITY_REMINDER = "tmpl-1" — not set here: the cloud value is kept')
    const changed = await deploy(cloud, { HONGLIN_TPL_ACTIVITY_REMINDER: 'tmpl-2' })
    expect(cloud.fns.get('activities')!.Variables).toEqual([{ Key: 'HONGLIN_TPL_ACTIVITY_REMINDER', Value: 'tmpl-2' }])
    expect(changed.output).toContain('env HONGLIN_TPL_ACTIVITY_REMINDER = "tmpl-2" — changed from your environment')
  })

  it('never prints a secret: the plan says only that it is set', async () => {
    const cloud = new FakeCloudBase()
    const first = await deploy(cloud, { HONGLIN_SETUP_CODE: 's3cret-setup-code' })
    const again = await deploy(cloud)
    expect(cloud.fns.get('members')!.Variables).toEqual([{ Key: 'HONGLIN_SETUP_CODE', Value: 's3cret-setup-code' }])
    expect(first.output).toContain('env HONGLIN_SETUP_CODE = ****** — set from your environment')
    expect(again.output).toContain('env HONGLIN_SETUP_CODE = ****** — not set here: the cloud value is kept')
    expect(first.output + again.output).not.toContain('s3cret-setup-code')
  })

  it('applies nothing while a required variable is unset or a runtime would have to change', async () => {
    const cloud = new FakeCloudBase()
    cloud.fns.set('study', { Timeout: 20, MemorySize: 256, Runtime: 'Nodejs10.15', Variables: [], Triggers: [], codeUploads: 1, root: '' })
    const desired = desiredState({})
    desired.functions.find((fn) => fn.name === 'activities')!.env[0].required = true
    const plan = planDeployment(desired, await readRemote(cloud, 'honglin-test'))
    expect(plan.problems).toEqual([
      expect.stringContaining('activities: 环境变量 HONGLIN_TPL_ACTIVITY_REMINDER 未设置'),
      expect.stringContaining('study: 运行时是 Nodejs10.15'),
    ])
    await expect(applyPlan(cloud, plan, FUNCTIONS_OUT, () => undefined)).rejects.toThrow('not applied')
    expect(cloud.writes).toEqual([])
  })

  it('will not apply a plan that was not compared with the cloud', async () => {
    const cloud = new FakeCloudBase()
    await expect(applyPlan(cloud, planDeployment(desiredState({}), null), FUNCTIONS_OUT, () => undefined)).rejects.toThrow(
      'cannot be applied',
    )
    expect(cloud.writes).toEqual([])
  })
})
