import { z } from 'zod'

/**
 * Bad-input probes derived from an action's own request schema, so every action added to the
 * contract is probed without anyone writing a row for it. A probe aims at one field (or at the
 * payload as a whole) and is kept only when the schema names that field in its refusal: then the
 * function must answer COMMON.VALIDATION and change nothing.
 */
export const HUGE_STRING = 'x'.repeat(200_000)
export const INJECTION = Object.freeze({ $gt: '' })

export interface Probe {
  label: string
  data: unknown
}

/** The object schema under defaults, optionals, refinements and transforms, or null. */
export function objectShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> | null {
  const inner = unwrap(schema)
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodTypeAny>) : null
}

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema
  for (;;) {
    if (current instanceof z.ZodEffects) current = current.innerType()
    else if (current instanceof z.ZodDefault) current = current.removeDefault()
    else if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap()
    else if (current instanceof z.ZodBranded) current = current.unwrap()
    else if (current instanceof z.ZodPipeline) current = current._def.in
    else if (current instanceof z.ZodLazy) current = current.schema
    else return current
  }
}

/** Values of the wrong kind for a field of this type (some may still be accepted: see `probesFor`). */
export function wrongValuesFor(field: z.ZodTypeAny): Array<[label: string, value: unknown]> {
  const inner = unwrap(field)
  const common: Array<[string, unknown]> = [
    ['injection object', INJECTION],
    ['huge string', HUGE_STRING],
  ]
  if (inner instanceof z.ZodString) return [...common, ['number', 12345], ['array', ['a']], ['boolean', true]]
  if (inner instanceof z.ZodNumber) {
    return [...common, ['numeric string', '1'], ['negative', -1], ['fraction', 1.5], ['enormous', 1e15], ['boolean', true]]
  }
  if (inner instanceof z.ZodBoolean) return [...common, ['string', 'true'], ['number', 1]]
  if (inner instanceof z.ZodArray)
    return [
      ...common,
      ['string', 'x'],
      ['array of injections', [INJECTION]],
      ['very long array', Array.from({ length: 5000 }, (_, i) => `id-${i}`)],
    ]
  if (inner instanceof z.ZodObject) return [...common, ['string', 'x'], ['array', []], ['unknown key', { __probe__: 1 }]]
  return [...common, ['number', 12345], ['string', '__not_an_option__'], ['array', []]]
}

/** A field of a request schema, top level or nested in objects and array items (index 0). */
export interface FieldPath {
  path: Array<string | number>
  type: z.ZodTypeAny
}

/** Every field path of an object schema, depth first. */
export function fieldPaths(schema: z.ZodTypeAny, prefix: Array<string | number> = []): FieldPath[] {
  const shape = objectShape(schema)
  if (!shape) return []
  return Object.entries(shape).flatMap(([key, type]) => {
    const path = [...prefix, key]
    const inner = unwrap(type)
    const nested = inner instanceof z.ZodArray ? [{ path: [...path, 0], type: inner.element as z.ZodTypeAny }] : []
    return [{ path, type }, ...nested, ...fieldPaths(inner, path), ...nested.flatMap((item) => fieldPaths(item.type, item.path))]
  })
}

/** `{ a: { b: [value] } }` for the path a.b.0. */
export function payloadAt(path: Array<string | number>, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, step) => (typeof step === 'number' ? [inner] : { [step]: inner }), value)
}

/** True when the schema's refusal of `data` names `path` (not merely some other missing field). */
export function refusesAt(schema: z.ZodTypeAny, data: unknown, path: Array<string | number>): boolean {
  const parsed = schema.safeParse(data)
  return !parsed.success && parsed.error.issues.some((issue) => path.every((step, i) => issue.path[i] === step))
}

/** True for fields that hold free-form JSON on purpose (none today; listed so the tests say why). */
export function isOpaque(type: z.ZodTypeAny): boolean {
  const inner = unwrap(type)
  return inner instanceof z.ZodAny || inner instanceof z.ZodUnknown
}

export function isText(type: z.ZodTypeAny): boolean {
  return unwrap(type) instanceof z.ZodString
}

/** A text field's declared maximum length (`.max()` or `.length()`), if any. */
export function declaredMaxLength(type: z.ZodTypeAny): number | null {
  const inner = unwrap(type)
  if (!(inner instanceof z.ZodString)) return null
  const limits = inner._def.checks.flatMap((check) => (check.kind === 'max' || check.kind === 'length' ? [check.value] : []))
  return limits.length ? Math.min(...limits) : null
}

/**
 * Every probe for one request schema: whole payloads that are not an object, an unknown field
 * (including a JSON `__proto__` key), and per field each wrong value the schema refuses at that field.
 */
export function probesFor(schema: z.ZodTypeAny): Probe[] {
  const probes: Probe[] = [
    { label: 'data is an array', data: [] },
    { label: 'data is a string', data: 'hello' },
    { label: 'data is a number', data: 42 },
    { label: 'unknown field', data: { $where: 'sleep(1000)' } },
    { label: 'prototype key', data: JSON.parse('{"__proto__": {"role": "admin"}}') },
  ]
  for (const { path, type } of fieldPaths(schema)) {
    for (const [label, value] of wrongValuesFor(type)) {
      const data = payloadAt(path, value)
      if (refusesAt(schema, data, path)) probes.push({ label: `${path.join('.')}: ${label}`, data })
    }
  }
  return probes.filter((probe) => !schema.safeParse(probe.data).success)
}

/** An id nobody has: valid in shape, unknown to the database. */
export const UNKNOWN_ID = 'no-such-id-000000'

function stringCandidates(): string[] {
  const soon = new Date(Date.now() + 3 * 24 * 3600_000)
  return [
    UNKNOWN_ID,
    '12345678',
    '123456',
    soon.toISOString(),
    soon.toISOString().slice(0, 10),
    soon.toISOString().slice(0, 7),
    '13900000000',
    '测试内容',
    'abcdefgh',
  ]
}

/**
 * A payload the schema accepts, built from the schema itself: every text field holds an unknown id
 * where the field accepts one (else the first candidate it accepts), numbers their minimum, enums
 * and unions their first option, optional fields included. Undefined when no such payload is found.
 */
export function validSample(schema: z.ZodTypeAny): unknown {
  const sample = sampleOf(schema)
  return sample !== undefined && schema.safeParse(sample).success ? sample : undefined
}

function sampleOf(type: z.ZodTypeAny): unknown {
  if (type instanceof z.ZodEffects) return sampleOf(type.innerType())
  if (type instanceof z.ZodDefault) return sampleOf(type.removeDefault())
  if (type instanceof z.ZodOptional || type instanceof z.ZodBranded) return sampleOf(type.unwrap())
  if (type instanceof z.ZodNullable) return sampleOf(type.unwrap()) ?? null
  if (type instanceof z.ZodObject) {
    const entries = Object.entries(type.shape as Record<string, z.ZodTypeAny>).map(([key, field]) => [key, sampleOf(field)] as const)
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined))
  }
  if (type instanceof z.ZodString) return stringCandidates().find((value) => type.safeParse(value).success)
  if (type instanceof z.ZodNumber) {
    const min = type.minValue ?? 1
    return [Math.max(min, 1), min, Math.ceil(min)].find((value) => type.safeParse(value).success)
  }
  if (type instanceof z.ZodBoolean) return false
  if (type instanceof z.ZodEnum) return type.options[0]
  if (type instanceof z.ZodLiteral) return type.value
  if (type instanceof z.ZodArray) {
    const item = sampleOf(type.element as z.ZodTypeAny)
    return item !== undefined && type.safeParse([item]).success ? [item] : []
  }
  if (type instanceof z.ZodDiscriminatedUnion || type instanceof z.ZodUnion) {
    for (const option of type.options as z.ZodTypeAny[]) {
      const value = sampleOf(option)
      if (value !== undefined && option.safeParse(value).success) return value
    }
    return undefined
  }
  if (type instanceof z.ZodRecord) return {}
  return undefined
}
