/**
 * `npm run seed -- --reset`: empties the local cloud's database in DATA_DIR and writes the demo
 * community again (npm start seeds an empty database by itself). Stop `npm start` first: the
 * embedded database has a single owner.
 */
import { createDatabaseService } from '../server/db'
import { localCloudConfig } from '../server/config'
import { seedDemoCommunity } from '../server/seed/seed'

async function run(): Promise<void> {
  const config = localCloudConfig()
  const running = await fetch(`http://127.0.0.1:${config.port}/healthz`).then(
    () => true,
    () => false,
  )
  if (running) {
    console.error(`本地云正在 ${config.port} 端口运行：请先停止 npm start，再重新生成演示数据。`)
    process.exit(1)
  }
  if (!process.argv.includes('--reset')) {
    console.error('用法：npm run seed -- --reset （清空本地数据并重新生成演示社区）')
    process.exit(1)
  }
  const db = await createDatabaseService({ dataDir: config.pgDir })
  try {
    await db.resetEnv(config.env)
    const seeded = await seedDemoCommunity(db, config.env)
    console.log(`演示社区已写入 ${config.dataDir}：${seeded.members} 名党员，${seeded.residents} 名居民`)
  } finally {
    await db.close()
  }
}

run().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
