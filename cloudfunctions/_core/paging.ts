import type { CollectionName } from '../../core/collections'
import { command, findMany } from './db'

/**
 * Keyset pages by a date field with `_id` breaking ties, in either direction: the cursor is the last
 * item's (date, id); the next page starts strictly after it. Never a skip. Null for a bad cursor.
 */
export function encodeDateCursor(at: Date | string, id: string): string {
  return Buffer.from(JSON.stringify([new Date(at).toISOString(), id])).toString('base64url')
}

function decodeDateCursor(cursor: string): [Date, string] | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') return null
    const date = new Date(parsed[0])
    return Number.isNaN(date.getTime()) ? null : [date, parsed[1]]
  } catch {
    return null
  }
}

export async function pageBy<T extends { _id: string }>(
  name: CollectionName,
  filter: Record<string, unknown>,
  field: keyof T & string,
  direction: 'asc' | 'desc',
  cursor: string | undefined,
  limit: number,
): Promise<{ page: T[]; nextCursor: string | null } | null> {
  const _ = command()
  let where: Record<string, unknown> = filter
  if (cursor) {
    const after = decodeDateCursor(cursor)
    if (!after) return null
    const [at, id] = after
    const beyond = direction === 'asc' ? _.gt : _.lt
    where = _.and([filter, _.or([{ [field]: beyond.call(_, at) }, { [field]: at, _id: beyond.call(_, id) }])]) as unknown as Record<
      string,
      unknown
    >
  }
  const docs = await findMany<T>(name, where, {
    orderBy: [
      [field, direction],
      ['_id', direction],
    ],
    limit: limit + 1,
  })
  const page = docs.slice(0, limit)
  const last = page[page.length - 1]
  return { page, nextCursor: docs.length > limit && last ? encodeDateCursor(last[field] as unknown as Date, last._id) : null }
}
