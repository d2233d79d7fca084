/**
 * The data directory of the embedded Postgres. PGlite writes the Postgres major version it was built
 * with into `PG_VERSION`; a directory written by an older PGlite (0.2.x wrote Postgres 16) cannot be
 * opened by a newer one ("PGlite failed to initialize properly"). Such a directory is moved aside,
 * never deleted, and a new one is made: the local cloud seeds the demo community into it again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from 'fs'

/** The Postgres major version of the PGlite in package.json (0.5.17). */
export const PG_MAJOR = '18'

export function prepareDataDir(dir: string): { movedTo?: string } {
  const versionFile = `${dir}/PG_VERSION`
  if (existsSync(versionFile)) {
    const version = readFileSync(versionFile, 'utf8').trim()
    if (version !== PG_MAJOR) {
      const movedTo = `${dir}.pg${version}-${Date.now()}`
      renameSync(dir, movedTo)
      mkdirSync(dir, { recursive: true })
      console.warn(`本地数据库目录由旧版 PGlite（Postgres ${version}）写入，已移至 ${movedTo}，将新建数据库`)
      return { movedTo }
    }
  }
  // PGlite creates only the last level of its data directory; a fresh checkout has none of it.
  mkdirSync(dir, { recursive: true })
  return {}
}
