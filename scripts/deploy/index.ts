/**
 * `npm run deploy` — one command from a clean checkout to a working cloud environment:
 * collections, indexes and their permission from core/collections.ts; every function under
 * build/cloudfunctions/ (built just before by the npm script) with the timeout, memory, runtime,
 * environment variables and timer triggers of its deploy.ts.
 *
 *   npm run deploy -- --plan   print the plan; needs no credentials (then nothing is compared)
 *   npm run deploy             read the environment, print the plan, apply it
 *
 * Credentials and the environment id come from environment variables only: TCB_ENV_ID,
 * TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY (optionally TENCENTCLOUD_SESSIONTOKEN, TCB_REGION).
 * Function variables (e.g. HONGLIN_SETUP_CODE) are read from the same environment by name.
 */
import { FUNCTIONS_OUT } from '../build-functions'
import { applyPlan, connect, credentialsFrom, readRemote, type CloudBaseApi, type Credentials } from './cloudbase'
import { desiredState, type Environment } from './desired'
import { formatPlan } from './format'
import { planDeployment } from './plan'

export async function runDeploy(
  args: string[],
  environment: Environment,
  print: (line: string) => void,
  connectTo: (credentials: Credentials) => Promise<CloudBaseApi> = connect,
): Promise<number> {
  const planOnly = args.includes('--plan')
  const desired = desiredState(environment)
  const credentials = credentialsFrom(environment)
  if (!credentials) {
    print(formatPlan(planDeployment(desired, null)))
    if (planOnly) return 0
    print('\n未部署：请设置 TCB_ENV_ID、TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY（见 README「Deploying to WeChat」）。')
    return 1
  }
  const api = await connectTo(credentials)
  const plan = planDeployment(desired, await readRemote(api, credentials.envId))
  print(formatPlan(plan))
  if (planOnly) return plan.problems.length ? 1 : 0
  if (plan.problems.length) return 1
  print('')
  await applyPlan(api, plan, FUNCTIONS_OUT, print)
  print(`\ndeployed to ${credentials.envId}`)
  return 0
}

if (require.main === module) {
  runDeploy(process.argv.slice(2), process.env, (line) => console.log(line))
    .then((code) => process.exit(code))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    })
}
