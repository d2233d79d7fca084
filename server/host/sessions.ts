import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Local sign-in tokens: `<base64url openid>.<hmac>`. Signed with a secret kept in the data directory,
 * so sessions survive a restart of the local cloud and cannot be forged by editing the token.
 */
export interface SessionSigner {
  issue(openid: string): string
  verify(token: string): string | null
}

export function createSessionSigner(secret: Buffer): SessionSigner {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url')
  return {
    issue(openid) {
      const payload = Buffer.from(openid, 'utf8').toString('base64url')
      return `${payload}.${sign(payload)}`
    },
    verify(token) {
      const [payload, signature, ...rest] = token.split('.')
      if (!payload || !signature || rest.length) return null
      const expected = Buffer.from(sign(payload))
      const given = Buffer.from(signature)
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
      return Buffer.from(payload, 'base64url').toString('utf8') || null
    },
  }
}

/** The secret lives beside the database; an in-memory cloud gets a fresh one per process. */
export function loadSessionSecret(dataDir: string | undefined): Buffer {
  if (!dataDir) return randomBytes(32)
  const file = join(dataDir, 'session-secret')
  if (existsSync(file)) return readFileSync(file)
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32)
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
