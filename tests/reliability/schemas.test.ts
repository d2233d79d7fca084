import { ALL_ACTIONS } from './functions'
import { declaredMaxLength, fieldPaths, HUGE_STRING, INJECTION, isOpaque, isText, objectShape, payloadAt, refusesAt } from './probes'

/**
 * The first line of defence is the request schema: every action's schema is an object that refuses
 * unknown fields, refuses an operator object such as `{"$gt": ""}` in any field (nested ones too),
 * and bounds every text field, so no query operator or megabyte of text ever reaches a handler.
 */
describe.each(ALL_ACTIONS.map(({ fn, action, spec }) => [`${fn}.${action}`, spec] as const))('%s', (_name, spec) => {
  const fields = fieldPaths(spec.request)

  it('is an object schema that refuses unknown fields', () => {
    expect(objectShape(spec.request)).not.toBeNull()
    expect(spec.request.safeParse({ $where: '1' }).success).toBe(false)
  })

  it('refuses an injection object in every field', () => {
    const accepting = fields.filter(({ path, type }) => !isOpaque(type) && !refusesAt(spec.request, payloadAt(path, INJECTION), path))
    expect(accepting.map(({ path }) => path.join('.'))).toEqual([])
  })

  // A file travels as base64 text with its own declared cap; every other text field refuses 200 KB.
  it('bounds every text field', () => {
    const unbounded = ({ path, type }: (typeof fields)[number]) =>
      isText(type) && declaredMaxLength(type) === null && !refusesAt(spec.request, payloadAt(path, HUGE_STRING), path)
    const accepting = fields.filter(unbounded)
    expect(accepting.map(({ path }) => path.join('.'))).toEqual([])
  })
})
