/**
 * The keys a care record is found by (see model.ts): the elder's org path plus `b:<building>`. A
 * caller's scope is a set of the same keys; a record is theirs when the two share one.
 */
export const buildingScopeKey = (building: string) => `b:${building}`

export function scopeKeysOf(orgPath: readonly string[], building: string): string[] {
  return [...orgPath, ...(building ? [buildingScopeKey(building)] : [])]
}

export function sharesKey(keys: readonly string[], scope: readonly string[]): boolean {
  return keys.some((key) => scope.includes(key))
}

/** `YYYY-MM-DD` birthday → `MM-DD` and its month, or null when it is no real day. */
export function birthdayParts(birthday: string): { birthday: string; birthMonth: number } | null {
  const match = /^(\d{2})-(\d{2})$/.exec(birthday)
  if (!match) return null
  const month = Number(match[1])
  const day = Number(match[2])
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return null
  return { birthday, birthMonth: month }
}
