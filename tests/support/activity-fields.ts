import type { RequestOf } from '../../core/contract'

export type ActivityFieldsInput = RequestOf<'activities', 'create'>['fields']

const HOUR = 3_600_000
export const inHours = (hours: number, from = Date.now()) => new Date(from + hours * HOUR).toISOString()

/** Fields of an activity for everyone, starting in two days, 2 hours long; override anything. */
export function fields(overrides: Partial<ActivityFieldsInput> = {}): ActivityFieldsInput {
  return {
    kind: 'volunteer',
    title: '楼道清洁日',
    place: '琼林苑3栋',
    startAt: inHours(48),
    endAt: inHours(50),
    capacity: 20,
    audience: { kind: 'all' },
    points: 10,
    serviceMinutes: 120,
    ...overrides,
  }
}
