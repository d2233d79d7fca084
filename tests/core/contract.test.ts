import { z } from 'zod'
import { contract, FUNCTION_NAMES, type ActionMap } from '../../core/contract'
import { ROLES } from '../../core/roles'

const everyAction = FUNCTION_NAMES.flatMap((fn) =>
  Object.entries(contract[fn] as ActionMap).map(([action, spec]) => ({ fn, action, spec })),
)

describe('the action map', () => {
  it.each(everyAction)('$fn.$action rejects unknown fields', ({ spec }) => {
    expect(spec.request).toBeInstanceOf(z.ZodObject)
    const probe = spec.request.safeParse({ __unexpected: 1 })
    expect(probe.success).toBe(false)
    if (!probe.success) expect(probe.error.issues.map((issue: z.ZodIssue) => issue.code)).toContain('unrecognized_keys')
  })

  it.each(everyAction)('$fn.$action declares known roles and a Chinese summary', ({ spec }) => {
    expect(spec.roles.length).toBeGreaterThan(0)
    for (const role of spec.roles) expect(ROLES).toContain(role)
    expect(spec.summary).toMatch(/[\u4e00-\u9fff]/)
  })
})
