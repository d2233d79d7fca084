import { createHash } from 'node:crypto'
import { COLLECTION_NAMES } from '../../core/collections'
import { contract, FUNCTION_NAMES } from '../../core/contract'
import type { Role } from '../../core/roles'
import { TABLE_CALLERS, type TableCaller } from '../support'

type Db = { collection(name: string): any; command: any }

/** Every action of the contract, with its spec. */
export const ALL_ACTIONS = FUNCTION_NAMES.flatMap((fn) =>
  Object.entries(contract[fn]).map(([action, spec]) => ({
    fn,
    action,
    spec: spec as { roles: readonly Role[]; request: import('zod').ZodTypeAny },
  })),
)

/** The most capable demo caller an action admits (admin where allowed). */
export function callerFor(roles: readonly Role[]): TableCaller {
  const order: TableCaller[] = ['admin', 'secretary', 'member', 'resident', 'visitor']
  const name = order.find((caller) => roles.includes(TABLE_CALLERS[caller].role))
  if (!name) throw new Error(`no seeded caller for roles ${roles.join(',')}`)
  return name
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
