import { callAs, codeOf, TABLE_CALLERS, TABLE_ROLES, type TableCaller } from '../support'

/** One row of a role table: the request each caller sends, and the code each must get. */
export interface RoleRow {
  request: (role: TableCaller) => unknown
  expect: Record<TableCaller, string>
}

/**
 * The three checks of a function's every-action × every-role table: a row for each action, the rows'
 * COMMON.FORBIDDEN cells equal to what the actions declare, and each action answering each caller as
 * its row says.
 */
export function describeRoleTable(
  title: string,
  fn: string,
  actions: Record<string, { roles: readonly string[] }>,
  table: Record<string, RoleRow>,
): void {
  describe(title, () => {
    it('has a row for every action of the contract', () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(actions).sort())
    })

    it('agrees with the roles each action declares', () => {
      for (const [action, row] of Object.entries(table)) {
        const declared = actions[action].roles
        for (const role of TABLE_ROLES) {
          const routerAllows = declared.includes(TABLE_CALLERS[role].role)
          expect({ action, role, forbiddenByRouter: row.expect[role] === 'COMMON.FORBIDDEN' && !routerAllows }).toEqual({
            action,
            role,
            forbiddenByRouter: !routerAllows,
          })
        }
      }
    })

    it.each(Object.keys(table))('%s answers each role as the table says', async (action) => {
      const row = table[action]
      const got: Record<string, string> = {}
      for (const role of TABLE_ROLES) {
        const openid = role === 'visitor' ? `visitor-${action}` : TABLE_CALLERS[role].openid
        got[role] = codeOf(await callAs(openid).raw(fn, action, row.request(role)))
      }
      expect(got).toEqual(row.expect)
    })
  })
}
