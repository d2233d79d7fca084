import { callAs, seedCommunity, useFunctionEnv } from '../functions/helpers'
import { ALL_ACTIONS, CALLERS, functionMain, ROLE_OF, type CallerName } from './functions'

jest.setTimeout(300_000)

type Reply = { ok: boolean; error?: { code: string } }

beforeAll(async () => {
  const { db } = await useFunctionEnv('reliability_roles')
  await seedCommunity(db)
})

/**
 * Every action × every kind of caller (visitor, resident, member, elder, secretary of another branch,
 * secretary, admin), through the real functions: a caller whose role the action does not admit gets
 * COMMON.FORBIDDEN whatever it sends; one it admits gets past the router (here to schema validation,
 * with a payload no schema accepts, so nothing runs). The README's permission table is checked
 * against the same declarations (tests/core/permission-table.test.ts); each area's own tests check
 * scope (which branch, whose record) with real payloads.
 */
it('admits exactly the roles each action declares', async () => {
  const expected: Record<string, Record<CallerName, string>> = {}
  const answered: Record<string, Record<CallerName, string>> = {}
  for (const { fn, action, spec } of ALL_ACTIONS) {
    const main = functionMain(fn)
    const name = `${fn}.${action}`
    expected[name] = {} as Record<CallerName, string>
    answered[name] = {} as Record<CallerName, string>
    for (const [caller, openid] of Object.entries(CALLERS) as Array<[CallerName, string]>) {
      expected[name][caller] = spec.roles.includes(ROLE_OF[caller]) ? 'COMMON.VALIDATION' : 'COMMON.FORBIDDEN'
      const reply = await callAs<Reply>(main, openid, action, { __probe__: true })
      answered[name][caller] = reply.ok ? 'ok' : String(reply.error?.code)
    }
  }
  expect(answered).toEqual(expected)
})

it('refuses a caller with no identity before anything else', async () => {
  for (const { fn, action } of ALL_ACTIONS) {
    expect(await callAs<Reply>(functionMain(fn), null, action, {})).toMatchObject({ ok: false, error: { code: 'COMMON.UNAUTHENTICATED' } })
  }
})
