import { useCommunityDb } from '../functions/helpers'
import { callAs, TABLE_CALLERS } from '../support'
import { ALL_ACTIONS, callerFor, databaseFingerprint } from './functions'
import { probesFor } from './probes'

jest.setTimeout(300_000)

const db = useCommunityDb('reliability_input')

/**
 * Every action of every function, called by a caller its role admits, with payloads its schema
 * refuses (wrong types, unknown and prototype keys, operator objects, huge text, negative, fractional
 * and enormous numbers, overlong arrays): each answers COMMON.VALIDATION, never COMMON.INTERNAL, and
 * the database is byte for byte what it was.
 */
it('answers bad input to every action with COMMON.VALIDATION and writes nothing', async () => {
  const before = await databaseFingerprint(db)
  const wrong: string[] = []
  let probes = 0
  for (const { fn, action, spec } of ALL_ACTIONS) {
    const caller = callAs(TABLE_CALLERS[callerFor(spec.roles)])
    for (const probe of probesFor(spec.request)) {
      probes++
      const reply = await caller.raw(fn, action, probe.data)
      if (reply.ok || reply.error.code !== 'COMMON.VALIDATION')
        wrong.push(`${fn}.${action} (${probe.label}) → ${reply.ok ? 'ok' : reply.error.code}`)
    }
  }
  expect(wrong).toEqual([])
  expect(probes).toBeGreaterThan(ALL_ACTIONS.length * 5)
  expect(await databaseFingerprint(db)).toEqual(before)
})
