import { getDb } from '../../_core/cloud'

/** A case-insensitive "contains" match of what a person typed (db.RegExp, special characters escaped). */
export function containing(text: string) {
  return getDb().RegExp({ regexp: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), options: 'i' })
}
