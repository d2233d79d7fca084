/**
 * Jest globalSetup: one in-memory local cloud database for the whole run, outside the test files'
 * vm contexts (PGlite cannot start inside them). Test files reach it through HONGLIN_CLOUD_URL,
 * which worker processes inherit, and each takes a clean env of its own (tests/setup/cloud-env.ts).
 */
import { startDatabaseServer } from '../../server/db/index'

export default async function globalSetup(): Promise<void> {
  const server = await startDatabaseServer({})
  process.env.HONGLIN_CLOUD_URL = server.url
  ;(globalThis as { __honglinCloud?: { close(): Promise<void> } }).__honglinCloud = server
}
