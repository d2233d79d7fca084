import { getDb } from '../../_core/cloud'

export { command, countWhere, findMany } from '../../_core/db'

/** A case-insensitive "contains" match (db.RegExp); the pattern must already be escaped. */
export function getDbRegExp(pattern: string) {
  return getDb().RegExp({ regexp: pattern, options: 'i' })
}
