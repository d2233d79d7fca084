import cloud from 'wx-server-sdk'

/**
 * The one place a function initialises wx-server-sdk.
 * - In WeChat: the current environment, identity from the platform.
 * - In the local cloud (HONGLIN_CLOUD_URL set by the local host or the tests): the same, unmodified
 *   SDK pointed at the local stand-in. Dummy credentials are required (without them the SDK raises an
 *   unhandled rejection), and TENCENTCLOUD=true stops it probing a metadata host on every call.
 *   keepalive: false, as the SDK does inside a WeChat cloud function: outside one it pools requests
 *   in a keep-alive agent of at most 100 sockets, and when the local host runs a burst (500 sign-ups)
 *   those sockets fill with requests waiting for the database while a transaction holding it cannot
 *   send its next step; it times out (COMMON.INTERNAL). Without the pool nothing waits for a socket.
 */
let initialised = false

export function isLocalCloud(): boolean {
  return Boolean(process.env.HONGLIN_CLOUD_URL)
}

export function getCloud(): typeof cloud {
  if (!initialised) {
    const serviceUrl = process.env.HONGLIN_CLOUD_URL
    if (serviceUrl) {
      process.env.TENCENTCLOUD = 'true'
      const localOptions = {
        env: process.env.HONGLIN_CLOUD_ENV || 'honglin-local',
        secretId: 'local',
        secretKey: 'local',
        serviceUrl,
        keepalive: false,
      }
      cloud.init(localOptions as unknown as Parameters<typeof cloud.init>[0])
    } else {
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
    }
    initialised = true
  }
  return cloud
}

export type Database = ReturnType<typeof cloud.database>

let database: Database | null = null

/**
 * The database handle, made once per instance (as WeChat's own examples keep `cloud.database()` at
 * module level): each call builds a new SDK handle and node-sdk database under it, and the environment it
 * names (DYNAMIC_CURRENT_ENV in WeChat) is resolved per request anyway.
 */
export function getDb(): Database {
  database ??= getCloud().database()
  return database
}
