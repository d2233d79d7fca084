/**
 * The deploy plan: desired state (the repo) against what the cloud has. Pure, so it is tested
 * without a cloud. With no remote state (no credentials: `--plan` on a clean checkout) every item is
 * listed as "ensure": what a first deploy would create.
 *
 * Policy (the repo is the source of truth, but nothing holding data is destroyed):
 *   - collections: missing → created; extra → reported, kept;
 *   - indexes: missing → created; different (same name, other fields or uniqueness) → dropped and
 *     created again; extra → reported, kept (dropping an index someone made by hand is their call);
 *   - permission: anything but 仅管理端可读写 → set;
 *   - functions: missing → created; code is uploaded every time; timeout and memory follow deploy.ts;
 *     a runtime change cannot be made in place (reported as a problem: delete and redeploy);
 *   - environment variables: the deployer's value when set; unset → the cloud's value is kept;
 *     unset everywhere and required → a problem (nothing is applied); variables only in the cloud are
 *     reported and kept (the update replaces the whole set, so they are sent back unchanged);
 *   - timer triggers: missing → created; other cron → replaced; extra → deleted (config, not data).
 */
import type { IndexSpec } from '../../core/collections'
import type { TimerTriggerSpec } from '../../cloudfunctions/_core/deploy-manifest'
import { COLLECTION_PERMISSION, type DesiredFunction, type DesiredState } from './desired'

export interface RemoteFunction {
  timeout: number
  memory: number
  runtime: string
  env: Record<string, string>
  triggers: Array<{ name: string; cron: string }>
}

export interface RemoteState {
  /** Collection → its indexes (without `_id_`). */
  collections: Record<string, IndexSpec[]>
  /** Collection → its permission (ADMINONLY, READONLY, …); absent when unknown. */
  permissions: Record<string, string>
  functions: Record<string, RemoteFunction>
}

/** ensure: no remote state to compare with; the step is what a first deploy does. */
export type Status = 'ensure' | 'create' | 'update' | 'unchanged'

export interface IndexPlan {
  spec: IndexSpec
  status: 'ensure' | 'create' | 'replace' | 'unchanged'
  /** The cloud's index of that name, when it differs. */
  remote?: IndexSpec
}

export interface CollectionPlan {
  name: string
  description: string
  status: Status
  indexes: IndexPlan[]
  /** Indexes in the cloud that core/collections.ts does not declare (kept). */
  extraIndexes: IndexSpec[]
  permission: { status: 'ensure' | 'set' | 'unchanged'; remote?: string }
}

export type EnvVarStatus = 'set' | 'update' | 'unchanged' | 'keep' | 'unset'

export interface EnvVarPlan {
  name: string
  description: string
  secret: boolean
  required: boolean
  /** set: new; update: changed; unchanged; keep: unset here, the cloud's value stays; unset: nowhere. */
  status: EnvVarStatus
  /** The value sent (the deployer's, or the cloud's when kept); undefined when unset. */
  value: string | undefined
}

export interface TriggerPlan {
  spec: TimerTriggerSpec
  status: 'ensure' | 'create' | 'replace' | 'unchanged'
  remoteCron?: string
}

export interface FunctionPlan {
  fn: DesiredFunction
  status: Status
  changes: string[]
  env: EnvVarPlan[]
  /** Variables only the cloud has: reported and sent back unchanged. */
  extraEnv: Array<{ name: string; value: string }>
  triggers: TriggerPlan[]
  /** Triggers only the cloud has: deleted. */
  extraTriggers: string[]
}

export interface DeployPlan {
  /** False for a plan made without reading the cloud. */
  compared: boolean
  collections: CollectionPlan[]
  extraCollections: string[]
  functions: FunctionPlan[]
  /** Cloud functions that no folder under cloudfunctions/ declares (kept). */
  extraFunctions: string[]
  /** Reasons not to apply (a required variable unset, a runtime that cannot change in place). */
  problems: string[]
}

export function sameIndex(a: IndexSpec, b: IndexSpec): boolean {
  return (
    Boolean(a.unique) === Boolean(b.unique) &&
    a.fields.length === b.fields.length &&
    a.fields.every(([field, direction], i) => b.fields[i][0] === field && b.fields[i][1] === direction)
  )
}

function planCollection(desired: DesiredState['collections'][number], remote: RemoteState | null): CollectionPlan {
  const base = { name: desired.name, description: desired.description }
  // Nothing known of the cloud (ensure) or no such collection there (create): every index, and the permission.
  const whole = (status: 'ensure' | 'create', permission: CollectionPlan['permission']): CollectionPlan => ({
    ...base,
    status,
    indexes: desired.indexes.map((spec) => ({ spec, status })),
    extraIndexes: [],
    permission,
  })
  if (!remote) return whole('ensure', { status: 'ensure' })
  const remoteIndexes = remote.collections[desired.name]
  const remotePermission = remote.permissions[desired.name]
  const permission =
    remotePermission === COLLECTION_PERMISSION
      ? { status: 'unchanged' as const, remote: remotePermission }
      : { status: 'set' as const, remote: remotePermission }
  if (!remoteIndexes) return whole('create', { status: 'set' })
  const indexes = desired.indexes.map((spec): IndexPlan => {
    const found = remoteIndexes.find((index) => index.name === spec.name)
    if (!found) return { spec, status: 'create' }
    return sameIndex(spec, found) ? { spec, status: 'unchanged' } : { spec, status: 'replace', remote: found }
  })
  const extraIndexes = remoteIndexes.filter((index) => !desired.indexes.some((spec) => spec.name === index.name))
  const changed = indexes.some((index) => index.status !== 'unchanged') || permission.status === 'set'
  return { ...base, status: changed ? 'update' : 'unchanged', indexes, extraIndexes, permission }
}

function planEnv(fn: DesiredFunction, remote: RemoteFunction | undefined): EnvVarPlan[] {
  return fn.env.map((spec) => {
    const common = { name: spec.name, description: spec.description, secret: Boolean(spec.secret), required: Boolean(spec.required) }
    const remoteValue = remote?.env[spec.name]
    if (spec.value !== undefined) {
      const status: EnvVarStatus = remoteValue === undefined ? 'set' : remoteValue === spec.value ? 'unchanged' : 'update'
      return { ...common, status, value: spec.value }
    }
    if (remoteValue !== undefined) return { ...common, status: 'keep', value: remoteValue }
    return { ...common, status: 'unset', value: undefined }
  })
}

function planFunction(fn: DesiredFunction, remote: RemoteState | null, problems: string[]): FunctionPlan {
  const current = remote?.functions[fn.name]
  const env = planEnv(fn, current)
  for (const variable of env) {
    if (variable.required && variable.status === 'unset')
      problems.push(`${fn.name}: 环境变量 ${variable.name} 未设置（${variable.description}）`)
  }
  if (!remote || !current) {
    const status = remote ? 'create' : 'ensure'
    const triggerStatus = remote ? ('create' as const) : ('ensure' as const)
    return {
      fn,
      status,
      changes: [],
      env,
      extraEnv: [],
      triggers: fn.timers.map((spec) => ({ spec, status: triggerStatus })),
      extraTriggers: [],
    }
  }
  const changes: string[] = []
  if (current.timeout !== fn.timeout) changes.push(`timeout ${current.timeout}s → ${fn.timeout}s`)
  if (current.memory !== fn.memory) changes.push(`memory ${current.memory}MB → ${fn.memory}MB`)
  if (current.runtime !== fn.runtime)
    problems.push(
      `${fn.name}: 运行时是 ${current.runtime}，deploy.ts 要求 ${fn.runtime}；运行时无法原地修改，请在控制台删除该函数后重新部署`,
    )
  const declared = new Set(fn.env.map((variable) => variable.name))
  const extraEnv = Object.entries(current.env)
    .filter(([name]) => !declared.has(name))
    .map(([name, value]) => ({ name, value }))
  const triggers = fn.timers.map((spec): TriggerPlan => {
    const found = current.triggers.find((trigger) => trigger.name === spec.name)
    if (!found) return { spec, status: 'create' }
    return found.cron === spec.cron ? { spec, status: 'unchanged' } : { spec, status: 'replace', remoteCron: found.cron }
  })
  const extraTriggers = current.triggers
    .filter((trigger) => !fn.timers.some((spec) => spec.name === trigger.name))
    .map((trigger) => trigger.name)
  // The code is uploaded on every deploy, so an existing function is always updated.
  return { fn, status: 'update', changes, env, extraEnv, triggers, extraTriggers }
}

export function planDeployment(desired: DesiredState, remote: RemoteState | null): DeployPlan {
  const problems: string[] = []
  const collections = desired.collections.map((collection) => planCollection(collection, remote))
  const functions = desired.functions.map((fn) => planFunction(fn, remote, problems))
  const declaredCollections = new Set(desired.collections.map((collection) => collection.name))
  const declaredFunctions = new Set(desired.functions.map((fn) => fn.name))
  return {
    compared: remote !== null,
    collections,
    extraCollections: remote ? Object.keys(remote.collections).filter((name) => !declaredCollections.has(name)) : [],
    functions,
    extraFunctions: remote ? Object.keys(remote.functions).filter((name) => !declaredFunctions.has(name)) : [],
    problems,
  }
}

/** The environment variables a function is given: declared ones with a value, then the cloud's extras. */
export function envVariablesOf(plan: FunctionPlan): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const variable of plan.env) if (variable.value !== undefined) vars[variable.name] = variable.value
  for (const extra of plan.extraEnv) vars[extra.name] = extra.value
  return vars
}
