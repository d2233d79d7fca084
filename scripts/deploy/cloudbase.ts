/**
 * The cloud side of the deploy, over @cloudbase/manager-node (Tencent's own management SDK for
 * CloudBase, which WeChat 云开发 environments are): reading what an environment has and applying a plan.
 * Only the few service methods below are used, typed from the SDK itself, so tests drive the same
 * code against an in-memory fake of exactly this surface (tests/core/deploy-apply.test.ts).
 */
import type CloudBase from '@cloudbase/manager-node'
import type { IndexDirection, IndexSpec } from '../../core/collections'
import { COLLECTION_PERMISSION, type Environment } from './desired'
import { envVariablesOf, type DeployPlan, type FunctionPlan, type RemoteFunction, type RemoteState } from './plan'

export interface CloudBaseApi {
  database: Pick<CloudBase['database'], 'listCollections' | 'describeCollection' | 'createCollection' | 'updateCollection'>
  functions: Pick<
    CloudBase['functions'],
    | 'listAllFunctions'
    | 'getFunctionDetail'
    | 'createFunction'
    | 'updateFunctionCode'
    | 'updateFunctionConfig'
    | 'createFunctionTriggers'
    | 'deleteFunctionTrigger'
  >
  permission: Pick<CloudBase['permission'], 'describeResourcePermission' | 'modifyResourcePermission'>
}

export interface Credentials {
  envId: string
  secretId: string
  secretKey: string
  token?: string
}

/** Credentials from the environment (never from a file in the repo); null when any is missing. */
export function credentialsFrom(environment: Environment): Credentials | null {
  const envId = environment.TCB_ENV_ID
  const secretId = environment.TENCENTCLOUD_SECRETID
  const secretKey = environment.TENCENTCLOUD_SECRETKEY
  if (!envId || !secretId || !secretKey) return null
  return { envId, secretId, secretKey, token: environment.TENCENTCLOUD_SESSIONTOKEN || undefined }
}

export async function connect(credentials: Credentials): Promise<CloudBaseApi> {
  // Loaded only when there is something to connect to: `--plan` without credentials never needs it.
  const { default: Manager } = await import('@cloudbase/manager-node')
  return new Manager(credentials)
}

const DIRECTION_OUT: Record<IndexDirection, string> = { asc: '1', desc: '-1' }

function directionIn(value: string | undefined): IndexDirection {
  return value === '-1' ? 'desc' : 'asc'
}

const PAGE = 100

async function listCollectionNames(api: CloudBaseApi): Promise<string[]> {
  const names: string[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.database.listCollections({ MgoLimit: PAGE, MgoOffset: offset })
    names.push(...page.Collections.map((collection) => collection.CollectionName))
    if (page.Collections.length < PAGE || names.length >= page.Pager.Total) return names
  }
}

async function indexesOf(api: CloudBaseApi, name: string): Promise<IndexSpec[]> {
  const table = await api.database.describeCollection(name)
  return (table.Indexes ?? [])
    .filter((index) => index.Name !== '_id_')
    .map((index) => ({
      name: index.Name,
      fields: index.Keys.map((key) => [key.Name ?? '', directionIn(key.Direction)] as const),
      ...(index.Unique ? { unique: true } : {}),
    }))
}

/** SCF reports a timer's cron either as the cron itself or as `{"cron": "…"}`. */
function cronOf(desc: string): string {
  try {
    const parsed = JSON.parse(desc) as { cron?: string }
    if (parsed && typeof parsed.cron === 'string') return parsed.cron
  } catch {
    // the plain cron string
  }
  return desc
}

async function functionOf(api: CloudBaseApi, name: string): Promise<RemoteFunction> {
  const detail = await api.functions.getFunctionDetail(name)
  return {
    timeout: detail.Timeout,
    memory: detail.MemorySize,
    runtime: detail.Runtime,
    env: Object.fromEntries((detail.Environment?.Variables ?? []).map((variable) => [variable.Key, variable.Value])),
    triggers: (detail.Triggers ?? [])
      .filter((trigger) => trigger.Type === 'timer')
      .map((trigger) => ({ name: trigger.TriggerName, cron: cronOf(trigger.TriggerDesc) })),
  }
}

export async function readRemote(api: CloudBaseApi, envId: string): Promise<RemoteState> {
  const collectionNames = await listCollectionNames(api)
  const collections: RemoteState['collections'] = {}
  for (const name of collectionNames) collections[name] = await indexesOf(api, name)
  const permissions: RemoteState['permissions'] = {}
  if (collectionNames.length) {
    const { Data } = await api.permission.describeResourcePermission({ resourceType: 'collection', resources: collectionNames })
    for (const entry of Data.PermissionList) if (entry.Resource && entry.Permission) permissions[entry.Resource] = entry.Permission
  }
  const functions: RemoteState['functions'] = {}
  for (const { FunctionName } of await api.functions.listAllFunctions({ envId }))
    functions[FunctionName] = await functionOf(api, FunctionName)
  return { collections, permissions, functions }
}

function functionConfig(plan: FunctionPlan) {
  const { fn } = plan
  return {
    name: fn.name,
    timeout: fn.timeout,
    memorySize: fn.memory,
    runtime: fn.runtime,
    handler: 'index.main',
    // WeChat installs wx-server-sdk and exceljs in the cloud from the bundle's package.json (云端安装依赖).
    installDependency: true,
    ignore: ['node_modules'],
    envVariables: envVariablesOf(plan),
  }
}

export interface ApplyLog {
  (line: string): void
}

/** Applies a plan made against this environment's current state (planDeployment with remote state). */
export async function applyPlan(api: CloudBaseApi, plan: DeployPlan, functionsDir: string, log: ApplyLog): Promise<void> {
  if (!plan.compared) throw new Error('a plan made without reading the cloud cannot be applied')
  if (plan.problems.length) throw new Error(`not applied:\n${plan.problems.join('\n')}`)

  for (const collection of plan.collections) {
    if (collection.status === 'create') {
      await api.database.createCollection(collection.name)
      log(`collection ${collection.name}: created`)
    }
    const replace = collection.indexes.filter((index) => index.status === 'replace')
    const create = collection.indexes.filter((index) => index.status === 'create' || index.status === 'replace')
    if (create.length) {
      // Dropped first in their own call: an index is recreated under the same name.
      if (replace.length)
        await api.database.updateCollection(collection.name, { DropIndexes: replace.map((index) => ({ IndexName: index.spec.name })) })
      await api.database.updateCollection(collection.name, {
        CreateIndexes: create.map(({ spec }) => ({
          IndexName: spec.name,
          MgoKeySchema: {
            MgoIndexKeys: spec.fields.map(([field, direction]) => ({ Name: field, Direction: DIRECTION_OUT[direction] })),
            MgoIsUnique: Boolean(spec.unique),
          },
        })),
      })
      log(
        `collection ${collection.name}: ${create.map((index) => `${index.status === 'replace' ? 'replaced' : 'created'} index ${index.spec.name}`).join(', ')}`,
      )
    }
    if (collection.permission.status === 'set') {
      await api.permission.modifyResourcePermission({
        resourceType: 'collection',
        resource: collection.name,
        permission: COLLECTION_PERMISSION,
      })
      log(`collection ${collection.name}: permission → 仅管理端可读写`)
    }
  }

  for (const fnPlan of plan.functions) {
    const func = functionConfig(fnPlan)
    const triggers = (statuses: string[]) =>
      fnPlan.triggers
        .filter((trigger) => statuses.includes(trigger.status))
        .map(({ spec }) => ({ name: spec.name, type: 'timer', config: spec.cron }))
    if (fnPlan.status === 'create') {
      await api.functions.createFunction({
        func: { ...func, triggers: triggers(['create']) },
        functionRootPath: functionsDir,
        force: false,
      })
      log(
        `function ${fnPlan.fn.name}: created (timeout ${fnPlan.fn.timeout}s, memory ${fnPlan.fn.memory}MB, ${fnPlan.fn.timers.length} timer(s))`,
      )
      continue
    }
    await api.functions.updateFunctionCode({ func, functionRootPath: functionsDir })
    // Without `triggers`: the SDK would try to create them all again; they are handled below.
    await api.functions.updateFunctionConfig(func)
    for (const name of [
      ...fnPlan.extraTriggers,
      ...fnPlan.triggers.filter((trigger) => trigger.status === 'replace').map((trigger) => trigger.spec.name),
    ]) {
      await api.functions.deleteFunctionTrigger(fnPlan.fn.name, name)
    }
    const missing = triggers(['create', 'replace'])
    if (missing.length) await api.functions.createFunctionTriggers(fnPlan.fn.name, missing)
    log(`function ${fnPlan.fn.name}: code and config updated${fnPlan.changes.length ? ` (${fnPlan.changes.join(', ')})` : ''}`)
  }
}
