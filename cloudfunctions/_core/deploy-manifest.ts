/**
 * The one declared source of how a cloud function is deployed: each `cloudfunctions/<name>/deploy.ts`
 * default-exports `defineDeployment({...})`. Nothing here is bundled into a function (no index.ts
 * imports it); two tools read it:
 *   - `scripts/build-functions.ts` writes the function's `config.json` from it — the only fields WeChat
 *     DevTools reads there: `permissions.openapi` (云调用, applied on every upload) and `triggers`
 *     (「上传触发器」). DevTools ignores `timeout`, memory and environment variables in config.json;
 *     those are function configuration (console 「云函数配置」, or the CloudBase API);
 *   - `npm run deploy` (scripts/deploy/) sets timeout, memory, runtime, environment variables and
 *     timer triggers through the CloudBase manager API, and uploads the built code with that config.json.
 * Adding an environment variable or an openapi permission is one line in the function's deploy.ts.
 */

/** Runtimes of WeChat cloud functions we build for (esbuild's target follows, see build-functions). */
export const FUNCTION_RUNTIMES = { 'Nodejs16.13': 'node16', 'Nodejs18.15': 'node18' } as const
export type FunctionRuntime = keyof typeof FUNCTION_RUNTIMES

/** Memory sizes CloudBase offers, in MB. */
export type FunctionMemory = 128 | 256 | 512 | 1024 | 2048

/**
 * An environment variable of the function. Its value is never in the repo: at deploy time it is read
 * from the deployer's environment under the same name. When the deployer has not set it, the value
 * already in the cloud is kept (a required one stops the deploy instead).
 */
export interface EnvVarSpec {
  /** What it is, in Chinese, for the deploy plan and the README. */
  description: string
  /** The function does not work without it: `npm run deploy` refuses to apply when it is unset. */
  required?: boolean
  /** Never printed (the plan says only whether it is set). */
  secret?: boolean
}

/** A timer trigger: WeChat calls the function with `{ Type: 'Timer', TriggerName: name }`. */
export interface TimerTriggerSpec {
  name: string
  /** WeChat's 7-field cron: second minute hour day month weekday year (Asia/Shanghai). */
  cron: string
  description: string
}

export interface FunctionDeployment {
  /** Seconds (WeChat's default is 3, its maximum 900). */
  timeout: number
  memory: FunctionMemory
  runtime: FunctionRuntime
  env: Record<string, EnvVarSpec>
  /** Server APIs the function calls through cloud.openapi (云调用), e.g. `subscribeMessage.send`. */
  openapi: string[]
  timers: TimerTriggerSpec[]
}

const DEFAULTS: Omit<FunctionDeployment, 'timeout'> = { memory: 256, runtime: 'Nodejs16.13', env: {}, openapi: [], timers: [] }

export function defineDeployment(spec: Partial<FunctionDeployment> & Pick<FunctionDeployment, 'timeout'>): FunctionDeployment {
  return { ...DEFAULTS, ...spec }
}

/** The config.json WeChat DevTools (and the uploaded package) carries: only the fields it reads. */
export function devtoolsConfigOf(spec: FunctionDeployment): {
  permissions: { openapi: string[] }
  triggers?: Array<{ name: string; type: 'timer'; config: string }>
} {
  return {
    permissions: { openapi: [...spec.openapi] },
    ...(spec.timers.length ? { triggers: spec.timers.map((t) => ({ name: t.name, type: 'timer' as const, config: t.cron })) } : {}),
  }
}
