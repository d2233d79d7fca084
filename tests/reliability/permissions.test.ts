import { useCommunityDb } from '../functions/helpers'
import { callAs, codeOf, TABLE_CALLERS, type TableCaller } from '../support'
import { ALL_ACTIONS } from './functions'

jest.setTimeout(300_000)

useCommunityDb('reliability_roles')

/**
 * Every action × every kind of caller (visitor, resident, member, elder, secretary of another branch,
 * secretary, admin), through the real functions: a caller whose role the action does not admit gets
 * COMMON.FORBIDDEN whatever it sends; one it admits gets past the router (here to schema validation,
 * with a payload no schema accepts, so nothing runs). The README's permission table is checked
 * against the same declarations (tests/core/permission-table.test.ts); each area's own tests check
 * scope (which branch, whose record) with real payloads.
 */
it('admits exactly the roles each action declares', async () => {
  const expected: Record<string, Record<TableCaller, string>> = {}
  const answered: Record<string, Record<TableCaller, string>> = {}
  for (const { fn, action, spec } of ALL_ACTIONS) {
    const name = `${fn}.${action}`
    expected[name] = {} as Record<TableCaller, string>
    answered[name] = {} as Record<TableCaller, string>
    for (const [caller, who] of Object.entries(TABLE_CALLERS) as Array<[TableCaller, (typeof TABLE_CALLERS)[TableCaller]]>) {
      expected[name][caller] = spec.roles.includes(who.role) ? 'COMMON.VALIDATION' : 'COMMON.FORBIDDEN'
      answered[name][caller] = codeOf(await callAs(who).raw(fn, action, { __probe__: true }))
    }
  }
  expect(answered).toEqual(expected)
})

it('refuses a caller with no identity before anything else', async () => {
  for (const { fn, action } of ALL_ACTIONS) {
    expect(await callAs(null).raw(fn, action, {})).toMatchObject({ ok: false, error: { code: 'COMMON.UNAUTHENTICATED' } })
  }
})
