/**
 * A clean cloud env for one test file: a unique env name on the local cloud started by globalSetup,
 * with every collection and index of core/collections.ts, and the real wx-server-sdk pointed at it.
 * wx-server-sdk is a process-wide singleton, but jest gives every test file its own module registry,
 * so each file initialises its own copy; `db` is also bound to the env explicitly.
 */
import { randomBytes } from 'crypto'

type Cloud = typeof import('wx-server-sdk')

export function cloudUrl(): string {
  const url = process.env.HONGLIN_CLOUD_URL
  if (!url) throw new Error('HONGLIN_CLOUD_URL is not set: run through jest with tests/setup/cloud-global-setup.ts')
  return url
}

export async function createTestEnv(prefix: string): Promise<{ env: string; db: ReturnType<Cloud['database']>; cloud: Cloud }> {
  const env = `${prefix
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')
    .slice(0, 24)}-${randomBytes(4).toString('hex')}`
  const url = cloudUrl()
  const res = await fetch(`${url}/_local/setup?env=${encodeURIComponent(env)}`, { method: 'POST' })
  if (!res.ok) throw new Error(`local cloud setup of ${env} failed: ${res.status} ${await res.text()}`)
  process.env.TENCENTCLOUD = 'true'

  const cloud = require('wx-server-sdk') as Cloud
  cloud.init({ env, secretId: 'local', secretKey: 'local', serviceUrl: url } as Parameters<Cloud['init']>[0])
  return { env, db: cloud.database({ env }), cloud }
}
