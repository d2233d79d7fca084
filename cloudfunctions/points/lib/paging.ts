import { command, findMany } from '../../_core/db'
import type { CollectionName } from '../../../core/collections'

/**
 * Keyset paging newest first by a date field with `_id` breaking ties: the cursor is the last item's
 * (date, id); the next page is everything strictly before it. Never a skip.
 */
export function encodeDateCursor(at: Date | string, id: string): string {
  return Buffer.from(JSON.stringify([new Date(at).toISOString(), id])).toString('base64url')
}

function decodeDateCursor(cursor: string): [Date, string] | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string]
    const date = new Date(at)
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) return null
    return [date, id]
  } catch {
    return null
  }
}

export async function pageNewestFirst<T extends { _id: string }>(
  name: CollectionName,
  filter: Record<string, unknown>,
  field: keyof T & string,
  cursor: string | undefined,
  limit: number,
): Promise<{ page: T[]; nextCursor: string | null } | null> {
  const _ = command()
  let where: Record<string, unknown> = filter
  if (cursor) {
    const after = decodeDateCursor(cursor)
    if (!after) return null
    const [at, id] = after
    where = _.and([filter, _.or([{ [field]: _.lt(at) }, { [field]: at, _id: _.lt(id) }])]) as unknown as Record<string, unknown>
  }
  const docs = await findMany<T>(name, where, { orderBy: [[field, 'desc'], ['_id', 'desc']], limit: limit + 1 })
  const page = docs.slice(0, limit)
  const last = page[page.length - 1]
  return { page, nextCursor: docs.length > limit && last ? encodeDateCursor(last[field] as unknown as Date, last._id) : null }
}
