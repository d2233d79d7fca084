import { Loaded, type LoadedListProps, type LoadedOneProps } from './Loaded'
import { usePullToReload } from './usePullToReload'

/**
 * What a page is about: `<Loaded>` (the loading / empty / error / refresh ladder) of the one source
 * the page shows, which pulling the page down reloads (`usePullToReload` of that same source), so
 * that a page does not wire the two apart. Render it unconditionally (the pull is registered while
 * it is mounted) and only once per page.
 */
export function PageLoaded<T>(props: LoadedOneProps<T>): JSX.Element
export function PageLoaded<T>(props: LoadedListProps<T>): JSX.Element
export function PageLoaded<T>(props: LoadedOneProps<T> | LoadedListProps<T>): JSX.Element {
  usePullToReload('list' in props ? props.list.reload : props.state.reload)
  return 'list' in props ? <Loaded {...props} /> : <Loaded {...props} />
}
