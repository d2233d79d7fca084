import { useCommunityDb } from '../functions/helpers'
import { callAs, TABLE_CALLERS } from '../support'
import { ALL_ACTIONS, callerFor, databaseFingerprint } from './functions'
import { validSample } from './probes'

jest.setTimeout(600_000)

const db = useCommunityDb('reliability_unknown')

/**
 * Well-formed payloads that name things that do not exist: every action, called by a caller its role
 * admits, with a payload its schema accepts in which every id is unknown. Each answers ok or a
 * specific code — never COMMON.INTERNAL — and when it refuses, the database is unchanged.
 */
it('answers unknown ids in well-formed payloads with a specific code and writes nothing when refusing', async () => {
  const internal: string[] = []
  const wrote: string[] = []
  const unsampled: string[] = []
  let before = await databaseFingerprint(db)
  for (const { fn, action, spec } of ALL_ACTIONS) {
    const data = validSample(spec.request)
    if (data === undefined) {
      unsampled.push(`${fn}.${action}`)
      continue
    }
    const reply = await callAs(TABLE_CALLERS[callerFor(spec.roles)]).raw(fn, action, data)
    if (!reply.ok && reply.error.code === 'COMMON.INTERNAL') internal.push(`${fn}.${action} ${JSON.stringify(data)}`)
    const after = await databaseFingerprint(db)
    if (!reply.ok && JSON.stringify(after) !== JSON.stringify(before)) wrote.push(`${fn}.${action} → ${reply.error.code}`)
    before = after
  }
  expect(internal).toEqual([])
  expect(wrote).toEqual([])
  // The sampler covers nearly every action; the few it cannot build are listed here when it fails.
  expect(unsampled.length).toBeLessThan(ALL_ACTIONS.length * 0.1)
})
