/**
 * Jest globalSetup: one in-memory local cloud database for the whole run, outside the test files'
 * vm contexts (PGlite cannot start inside them). Test files reach it through HONGLIN_CLOUD_URL,
 * which worker processes inherit, and each takes a clean env of its own (tests/setup/cloud-env.ts).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCloudApi } from '../../server/cloud-api'
import { startDatabaseServer } from '../../server/db/index'

export default async function globalSetup(): Promise<void> {
  // The SDK's other services (openapi, storage) answer on the same endpoint, files in a temp dir.
  const extension = createCloudApi({ filesDir: mkdtempSync(join(tmpdir(), 'honglin-files-')) })
  const server = await startDatabaseServer({ extension })
  process.env.HONGLIN_CLOUD_URL = server.url
  ;(globalThis as { __honglinCloud?: { close(): Promise<void> } }).__honglinCloud = server
}
