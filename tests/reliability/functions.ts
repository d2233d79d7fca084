import { createHash } from 'node:crypto'
import { COLLECTION_NAMES } from '../../core/collections'
import { contract, FUNCTION_NAMES, type FunctionName } from '../../core/contract'
import type { Role } from '../../core/roles'

type Main = (event: unknown) => Promise<unknown>
type Db = { collection(name: string): any; command: any }

/** Every cloud function's `main`, loaded from its source as the local host loads its bundle. */
export function functionMain(name: FunctionName): Main {
  return (require(`../../cloudfunctions/${name}`) as { main: Main }).main
}

/** Every action of the contract, with its spec. */
export const ALL_ACTIONS = FUNCTION_NAMES.flatMap((fn) =>
  Object.entries(contract[fn]).map(([action, spec]) => ({
    fn,
    action,
    spec: spec as { roles: readonly Role[]; request: import('zod').ZodTypeAny },
  })),
)

/** Seeded callers for each role (demo community), plus the two that differ only by scope or flag. */
export const CALLERS = {
  visitor: 'visitor-reliability',
  resident: 'demo-resident',
  member: 'demo-member',
  elder: 'demo-elder',
  otherSecretary: 'demo-secretary-2',
  secretary: 'demo-secretary',
  admin: 'demo-admin',
} as const
export type CallerName = keyof typeof CALLERS

export const ROLE_OF: Record<CallerName, Role> = {
  visitor: 'visitor',
  resident: 'resident',
  member: 'member',
  elder: 'member',
  otherSecretary: 'secretary',
  secretary: 'secretary',
  admin: 'admin',
}

/** The most capable seeded caller an action admits (admin where allowed). */
export function callerFor(roles: readonly Role[]): string {
  const order: CallerName[] = ['admin', 'secretary', 'member', 'resident', 'visitor']
  const name = order.find((caller) => roles.includes(ROLE_OF[caller]))
  if (!name) throw new Error(`no seeded caller for roles ${roles.join(',')}`)
  return CALLERS[name]
}

/**
 * A fingerprint of every document in every collection, read through the SDK in `_id` order (never a
 * skip): equal fingerprints mean nothing was written.
 */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const name of COLLECTION_NAMES) {
    const hash = createHash('sha256')
    let last: string | null = null
    let count = 0
    for (;;) {
      const filter = last === null ? {} : { _id: db.command.gt(last) }
      const { data } = (await db.collection(name).where(filter).orderBy('_id', 'asc').limit(1000).get()) as { data: Array<{ _id: string }> }
      for (const doc of data) hash.update(JSON.stringify(doc))
      count += data.length
      if (data.length < 1000) break
      last = data[data.length - 1]._id
    }
    result[name] = `${count}:${hash.digest('hex').slice(0, 16)}`
  }
  return result
}
