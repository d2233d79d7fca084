/**
 * `npm start`: the local cloud. Starts the database stand-in (PGlite in DATA_DIR), seeds the demo
 * community on first start, loads the built cloud functions and serves the H5 app and the API.
 */
import { createCloudApi } from './cloud-api'
import { createDatabaseService } from './db'
import { localCloudConfig } from './config'
import { createHost } from './host/app'
import { invokeFunction } from './host/function-host'
import { loadBuiltFunctions } from './host/load-functions'
import { createSessionSigner, loadSessionSecret } from './host/sessions'
import { startLocalTimers, timerTriggersOf } from './host/timers'
import { isSeeded } from './seed/is-seeded'
import { seedDemoCommunity } from './seed/seed'

async function start(): Promise<void> {
  const config = localCloudConfig()
  process.env.TENCENTCLOUD = 'true'
  process.env.HONGLIN_CLOUD_URL = `http://127.0.0.1:${config.port}/tcb`
  process.env.HONGLIN_CLOUD_ENV = config.env

  const cloudApi = createCloudApi({ filesDir: config.filesDir })
  const db = await createDatabaseService({ dataDir: config.pgDir, extension: cloudApi })
  await db.setupEnv(config.env)
  const functions = loadBuiltFunctions(config.functionsDir)
  // WeChat pushes media-check verdicts to the function named in 消息推送 (README: members).
  cloudApi.events.listen((_env, event) => {
    if (functions.members) void invokeFunction(functions.members, event, null).catch((error: unknown) => console.error('[push]', error))
  })
  const server = createHost({
    db,
    functions,
    sessions: createSessionSigner(loadSessionSecret(config.dataDir)),
    staticDir: config.staticDir,
    filesDir: config.filesDir,
    cloudApi,
    env: config.env,
  })
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve))

  if (!(await isSeeded())) {
    const seeded = await seedDemoCommunity(db, config.env)
    console.log(`已生成演示社区：${seeded.members} 名党员，${seeded.residents} 名居民`)
  }
  console.log(`红邻本地云已启动：http://${config.host}:${config.port}  （数据目录 ${config.dataDir}）`)

  // WeChat runs the functions' timer triggers (activity reminders, order expiry); locally this does.
  const triggers = timerTriggersOf(config.functionsDir, Object.keys(functions))
  const stopTimers = startLocalTimers(functions, triggers, config.timerMinutes * 60_000, (line) => console.error(line))
  if (triggers.length && config.timerMinutes > 0)
    console.log(`定时触发器每 ${config.timerMinutes} 分钟运行一次：${triggers.map((t) => `${t.functionName}.${t.name}`).join('、')}`)

  const stop = async () => {
    stopTimers()
    server.close()
    await db.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

start().catch((error) => {
  console.error('本地云启动失败：', error)
  process.exit(1)
})
