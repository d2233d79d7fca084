import type { CollectionName } from '../../core/collections'
import { decodeCursor, encodeCursor, type CursorValue } from '../../core/cursor'
import { failure, success, type Result } from '../../core/result'
import { andWhere, command, findMany, type Filter } from './db'

/**
 * The one pager of the functions: keyset pages, never a skip, so page 400 costs what page 1 costs.
 * A list is in the order of one field; `_id` breaks its ties unless that field is unique by itself
 * (a sort key ending in the id, an entry's position). The cursor is the last item's key values; the
 * next page starts strictly after it. One item more than the page is read to know whether there is
 * a next page.
 */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface KeysetOrder<T> {
  by: keyof T & string
  direction: 'asc' | 'desc'
  /** `by` alone is unique: no `_id` tie-break (and the index on `by` serves the sort by itself). */
  unique?: boolean
}

export function badCursor(): Result<never> {
  return failure('COMMON.VALIDATION', 'cursor：分页标记无效', 'cursor')
}

export async function pageBy<T extends { _id: string }>(
  name: CollectionName,
  filter: Filter,
  order: KeysetOrder<T>,
  request: { cursor?: string; limit: number },
): Promise<Result<Page<T>>> {
  const keys: string[] = order.unique || order.by === '_id' ? [order.by] : [order.by, '_id']
  let where = filter
  if (request.cursor) {
    const after = decodeCursor(request.cursor, keys.length)
    if (!after) return badCursor()
    where = andWhere(filter, beyond(keys, after, order.direction))
  }
  const docs = await findMany<T>(name, where, {
    orderBy: keys.map((key): [string, 'asc' | 'desc'] => [key, order.direction]),
    limit: request.limit + 1,
  })
  const items = docs.slice(0, request.limit)
  const last = items[items.length - 1]
  const record = last as unknown as Record<string, CursorValue>
  return success({ items, nextCursor: docs.length > request.limit && last ? encodeCursor(keys.map((key) => record[key])) : null })
}

/** The same page with each item turned into its view. */
export function viewPage<T, V>(page: Page<T>, view: (item: T) => V): Page<V> {
  return { items: page.items.map(view), nextCursor: page.nextCursor }
}

/** Strictly after `values` in the order of `keys` (a key alone, or a key with `_id` breaking ties). */
function beyond(keys: string[], values: CursorValue[], direction: 'asc' | 'desc'): Filter {
  const _ = command()
  const past = (value: CursorValue) => (direction === 'asc' ? _.gt(value) : _.lt(value))
  if (keys.length === 1) return { [keys[0]]: past(values[0]) }
  return _.or([{ [keys[0]]: past(values[0]) }, { [keys[0]]: values[0], [keys[1]]: past(values[1]) }]) as unknown as Filter
}
