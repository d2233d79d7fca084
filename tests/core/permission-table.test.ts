import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contract, FUNCTION_NAMES } from '../../core/contract'

/** The README's permission table is the documented promise; it must match the action map exactly. */
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')
const documented = new Map(
  [...readme.matchAll(/^\| ([a-z]+\.[A-Za-z]+) \| ([^|]+) \|/gm)]
    .filter(([, name]) => name !== 'function.action')
    .map(([, name, who]) => {
      const roles = (/\(([^)]+)\)/.exec(who)?.[1] ?? who).split(',').map((role) => role.trim())
      return [name, roles.sort()]
    }),
)
const actions = FUNCTION_NAMES.flatMap((fn) =>
  Object.entries(contract[fn]).map(([action, spec]) => ({ name: `${fn}.${action}`, roles: [...spec.roles].sort() })),
)

describe('README permission table', () => {
  it.each(actions)('documents $name with exactly its roles', ({ name, roles }) => {
    expect(documented.get(name)).toEqual(roles)
  })

  it('documents no action that does not exist', () => {
    const known = new Set(actions.map((action) => action.name))
    expect([...documented.keys()].filter((name) => !known.has(name))).toEqual([])
  })
})
