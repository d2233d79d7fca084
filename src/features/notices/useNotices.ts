import type { NoticeListItem } from '@core/contract'
import { fetchNotices, fetchUnreadCount, openNotice } from '../../services/notices'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'

/** The caller's notices, pinned first, with unread marks (加载更多 by the server's cursor). */
export function useNoticeList() {
  return usePagedList<NoticeListItem>('notices', (cursor) => fetchNotices(cursor))
}

/** Opens one notice; the server records the read. */
export function useNotice(id: string | null) {
  return useLoad(id, () => openNotice(id ?? ''))
}

/**
 * How many notices meant for the caller they have not opened. A count that cannot be fetched (even a
 * transport that throws: `useLoad` turns that into an error) is only a quiet line on 首页, never a
 * broken page.
 */
export function useUnreadCount(enabled = true) {
  return useLoad(enabled ? 'unread' : null, fetchUnreadCount)
}
