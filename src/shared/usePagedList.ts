import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react'
import type { Reply } from '@core/envelope'
import type { AppError } from '@core/errors'
import type { LoadState } from './useLoad'
import { useLatestReply } from './useLatestReply'

export interface Page<T> {
  items: T[]
  nextCursor: string | null
  total?: number | null
}

export interface PagedList<T> {
  items: T[]
  /** Only known from the first page. */
  total: number | null
  /** First page loading (nothing to show yet, or a refresh). */
  loading: boolean
  error: AppError | null
  hasMore: boolean
  loadingMore: boolean
  loadMoreError: AppError | null
  reload: () => Promise<void>
  loadMore: () => Promise<void>
  /** Drop one item after a write removed it from this list (archived, confirmed, …). */
  removeItem: (match: (item: T) => boolean) => void
}

/**
 * A keyset-paged list (加载更多): page 1 when `key` changes, then the server's `nextCursor`.
 * A failed refresh keeps the items on screen and reports the error beside them. `key` null: load nothing yet.
 * Shown by `<Loaded list={…}>`.
 */
export function usePagedList<T>(key: string | null, fetchPage: (cursor?: string) => Promise<Reply<Page<T>>>): PagedList<T> {
  const [items, setItems] = useState<T[]>([])
  const [total, setTotal] = useState<number | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(key !== null)
  const [error, setError] = useState<AppError | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [loadMoreError, setLoadMoreError] = useState<AppError | null>(null)
  const latest = useLatestReply(fetchPage)

  const reload = useCallback(async () => {
    setLoading(true)
    setError(null)
    setLoadMoreError(null)
    const reply = await latest.next()
    if (!reply) return
    if (reply.ok) {
      setItems(reply.data.items)
      setCursor(reply.data.nextCursor)
      setTotal(reply.data.total ?? null)
    } else {
      setError(reply.error)
    }
    setLoading(false)
  }, [latest])

  const loadMore = useCallback(async () => {
    if (!cursor || loadingMore) return
    setLoadingMore(true)
    setLoadMoreError(null)
    const reply = await latest.within(cursor)
    if (reply) {
      if (reply.ok) {
        setItems((current) => [...current, ...reply.data.items])
        setCursor(reply.data.nextCursor)
      } else {
        setLoadMoreError(reply.error)
      }
    }
    setLoadingMore(false)
  }, [cursor, loadingMore, latest])

  useEffect(() => {
    setItems([])
    setTotal(null)
    setCursor(null)
    if (key === null) {
      latest.drop()
      setLoading(false)
      return
    }
    void reload()
  }, [key, reload, latest])

  const removeItem = useCallback((match: (item: T) => boolean) => {
    setItems((current) => current.filter((item) => !match(item)))
    setTotal((current) => (current === null ? null : Math.max(0, current - 1)))
  }, [])

  return { items, total, loading, error, hasMore: Boolean(cursor), loadingMore, loadMoreError, reload, loadMore, removeItem }
}

/**
 * A paged list whose first page also carries figures about the whole of it (counts, a title): `split`
 * takes a page's items and those figures apart. The figures come shaped as a load for `<Loaded>`,
 * standing in only for a first load (the list reports its own refresh failures); `setSummary`
 * changes them after a write.
 */
export function usePagedListWithSummary<T, S, R extends { nextCursor: string | null }>(
  key: string | null,
  fetchPage: (cursor?: string) => Promise<Reply<R>>,
  split: (data: R) => { items: T[]; summary: S },
): {
  list: PagedList<T>
  summary: Pick<LoadState<S>, 'data' | 'error' | 'loading' | 'reload'>
  setSummary: Dispatch<SetStateAction<S | null>>
} {
  const [summary, setSummary] = useState<S | null>(null)
  const list = usePagedList<T>(key, async (cursor) => {
    const reply = await fetchPage(cursor)
    if (!reply.ok) return reply
    const { items, summary: figures } = split(reply.data)
    if (!cursor) setSummary(figures)
    return { ok: true, data: { items, nextCursor: reply.data.nextCursor } }
  })
  return { list, setSummary, summary: { data: summary, error: summary ? null : list.error, loading: list.loading, reload: list.reload } }
}
