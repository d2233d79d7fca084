import { join, resolve } from 'node:path'

/** Settings of the local cloud, from the environment (PORT, HOST, DATA_DIR, TIMER_MINUTES). */
export const ROOT_DIR = resolve(__dirname, '..')
export const LOCAL_ENV = 'honglin-local'

export function localCloudConfig() {
  const port = Number(process.env.PORT || 8080)
  const host = process.env.HOST || '127.0.0.1'
  const dataDir = resolve(ROOT_DIR, process.env.DATA_DIR || '.localdb')
  return {
    port,
    host,
    dataDir,
    pgDir: join(dataDir, 'pg'),
    filesDir: join(dataDir, 'files'),
    staticDir: join(ROOT_DIR, 'dist', 'h5'),
    functionsDir: join(ROOT_DIR, 'build', 'cloudfunctions'),
    env: LOCAL_ENV,
    /** How often the functions' timer triggers run locally (0: never). */
    timerMinutes: Number(process.env.TIMER_MINUTES ?? 5),
  }
}
