/** The deploy plan as text for a person: what exists, what changes, what drifted. */
import type { IndexSpec } from '../../core/collections'
import type { CollectionPlan, DeployPlan, EnvVarPlan, FunctionPlan } from './plan'

const MARK: Record<string, string> = {
  ensure: '·',
  create: '+',
  replace: '~',
  update: '~',
  set: '~',
  unchanged: '=',
}

export function describeIndex(index: IndexSpec): string {
  const fields = index.fields.map(([field, direction]) => `${field} ${direction}`).join(', ')
  return `${index.name} (${fields}${index.unique ? ', unique' : ''})`
}

function collectionLines(collection: CollectionPlan): string[] {
  const head = `${MARK[collection.status]} ${collection.name} — ${collection.description}`
  const indexes = collection.indexes.map(
    (index) =>
      `    ${MARK[index.status]} index ${describeIndex(index.spec)}${index.remote ? `  [cloud: ${describeIndex(index.remote)}]` : ''}`,
  )
  const extra = collection.extraIndexes.map((index) => `    ! extra index in the cloud (kept): ${describeIndex(index)}`)
  const permission =
    collection.permission.status === 'unchanged'
      ? []
      : [
          `    ${MARK[collection.permission.status]} permission 仅管理端可读写${collection.permission.remote ? ` [cloud: ${collection.permission.remote}]` : ''}`,
        ]
  return [head, ...indexes, ...extra, ...permission]
}

function envLine(variable: EnvVarPlan): string {
  const shown = variable.value === undefined ? '' : variable.secret ? ' = ******' : ` = ${JSON.stringify(variable.value)}`
  const words: Record<EnvVarPlan['status'], string> = {
    set: 'set from your environment',
    update: 'changed from your environment',
    unchanged: 'unchanged',
    keep: 'not set here: the cloud value is kept',
    unset: variable.required ? 'NOT SET (required)' : 'not set (optional)',
  }
  return `    env ${variable.name}${shown} — ${words[variable.status]} · ${variable.description}`
}

function functionLines(plan: FunctionPlan): string[] {
  const { fn } = plan
  const head = `${MARK[plan.status]} ${fn.name} — timeout ${fn.timeout}s, memory ${fn.memory}MB, runtime ${fn.runtime}${plan.changes.length ? `  [${plan.changes.join(', ')}]` : ''}`
  const openapi = `    openapi (config.json): ${fn.openapi.length ? fn.openapi.join(', ') : '—'}`
  const env = plan.env.length ? plan.env.map(envLine) : ['    env —']
  const extraEnv = plan.extraEnv.map((variable) => `    ! env ${variable.name} only in the cloud (kept)`)
  const triggers = fn.timers.length
    ? plan.triggers.map(
        (trigger) =>
          `    ${MARK[trigger.status]} timer ${trigger.spec.name} "${trigger.spec.cron}" — ${trigger.spec.description}${trigger.remoteCron ? `  [cloud: "${trigger.remoteCron}"]` : ''}`,
      )
    : ['    timers —']
  const extraTriggers = plan.extraTriggers.map((name) => `    - timer ${name} only in the cloud (deleted)`)
  return [head, openapi, ...env, ...extraEnv, ...triggers, ...extraTriggers]
}

export function formatPlan(plan: DeployPlan): string {
  const indexes = plan.collections.flatMap((collection) => collection.indexes)
  const unique = indexes.filter((index) => index.spec.unique).length
  const lines = [
    plan.compared
      ? 'Deploy plan, compared with the cloud environment (+ create, ~ change, = unchanged, ! drift kept)'
      : 'Deploy plan (not compared with the cloud: no credentials). A first deploy ensures all of this:',
    '',
    `Collections: ${plan.collections.length}, indexes: ${indexes.length} (${unique} unique), permission 仅管理端可读写 on every collection`,
    ...plan.collections.flatMap(collectionLines),
    ...plan.extraCollections.map((name) => `! collection ${name} only in the cloud (kept)`),
    '',
    `Functions: ${plan.functions.length} (code from build/cloudfunctions/, dependencies installed in the cloud)`,
    ...plan.functions.flatMap(functionLines),
    ...plan.extraFunctions.map((name) => `! function ${name} only in the cloud (kept)`),
  ]
  if (plan.problems.length)
    lines.push('', 'Problems (nothing is applied until they are fixed):', ...plan.problems.map((problem) => `  ✗ ${problem}`))
  return lines.join('\n')
}
