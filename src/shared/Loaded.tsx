import type { ReactNode } from 'react'
import { PageState } from '../components/PageState'
import { ListFooter } from './ListFooter'
import { RefreshFailedNotice } from './RefreshFailedNotice'
import type { LoadState } from './useLoad'
import type { PagedList } from './usePagedList'

/** What to say when there is nothing to show. */
export interface Nothing {
  title: string
  description?: string
}

interface LadderOptions {
  /** Instead of 正在加载… */
  loadingText?: string
  /** One section of a screen (inside a card) rather than the whole screen. */
  inline?: boolean
}

export interface LoadedOneProps<T> extends LadderOptions {
  /** A `useLoad` (or anything shaped like it). */
  state: Pick<LoadState<T>, 'data' | 'error' | 'loading' | 'reload'>
  /** What to say instead when the loaded thing holds nothing to show (no rows…); falsy: show it. */
  empty?: (data: T) => Nothing | false | null | undefined
  /** There is nothing to load (no id in the address): say so instead of waiting. */
  missing?: Nothing
  children: (data: T) => ReactNode
}

export interface LoadedListProps<T> extends LadderOptions {
  /** A `usePagedList`: its items, then 加载更多 / 已全部显示 under them. */
  list: Pick<PagedList<T>, 'items' | 'error' | 'loading' | 'reload' | 'hasMore' | 'loadingMore' | 'loadMoreError' | 'loadMore'>
  empty: Nothing
  /** false: only the first page matters here (a chooser), so no 加载更多 under it. */
  footer?: boolean
  children: (items: T[]) => ReactNode
}

/**
 * The one loading / empty / error / refresh ladder of every screen: before there is anything to show,
 * 正在加载…, the error with 重试, or the empty words; once there is, the content, with 刷新没有成功 and
 * 重试 above it when a later refresh fails (the last good data stays on screen).
 */
export function Loaded<T>(props: LoadedOneProps<T>): JSX.Element
export function Loaded<T>(props: LoadedListProps<T>): JSX.Element
export function Loaded<T>(props: LoadedOneProps<T> | LoadedListProps<T>): JSX.Element {
  const { inline, loadingText } = props
  const source = 'list' in props ? props.list : props.state
  const retry = () => void source.reload()
  const has = 'list' in props ? props.list.items.length > 0 : props.state.data !== null

  if (!has) {
    if (source.error) return <PageState kind="error" message={source.error.message} onRetry={retry} inline={inline} />
    if (source.loading || !('list' in props || props.missing)) return <PageState kind="loading" text={loadingText} inline={inline} />
    const nothing = 'list' in props ? props.empty : props.missing!
    return <PageState kind="empty" title={nothing.title} description={nothing.description} inline={inline} />
  }

  const refreshFailed = source.error ? <RefreshFailedNotice error={source.error} onRetry={retry} /> : null
  if ('list' in props) {
    const { list } = props
    return (
      <>
        {refreshFailed}
        {props.children(list.items)}
        {props.footer === false ? null : (
          <ListFooter
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            error={list.loadMoreError}
            onLoadMore={() => void list.loadMore()}
            count={list.items.length}
          />
        )}
      </>
    )
  }
  const data = props.state.data as T
  const nothing = props.empty?.(data)
  return (
    <>
      {refreshFailed}
      {nothing ? <PageState kind="empty" title={nothing.title} description={nothing.description} inline={inline} /> : props.children(data)}
    </>
  )
}
