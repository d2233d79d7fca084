import type { ActionName, RequestOf } from '@core/contract'
import { call } from './call'

/**
 * The `notices` function: readers' lists, opening (which records the read), the unread count; and for
 * secretaries and the committee, publishing, editing, withdrawing and read statistics.
 */
type Req<A extends ActionName<'notices'>> = RequestOf<'notices', A>

export const fetchNotices = (cursor?: string) => call('notices', 'list', cursor ? { cursor } : {})
export const openNotice = (noticeId: string) => call('notices', 'get', { noticeId })
export const fetchUnreadCount = () => call('notices', 'unreadCount', {})

export const fetchManagedNotices = (data: Req<'manageList'>) => call('notices', 'manageList', data)
export const publishNotice = (data: Req<'publish'>) => call('notices', 'publish', data)
export const updateNotice = (data: Req<'update'>) => call('notices', 'update', data)
export const withdrawNotice = (noticeId: string) => call('notices', 'withdraw', { noticeId })
export const fetchReadStats = (noticeId: string, cursor?: string) =>
  call('notices', 'readStats', cursor ? { noticeId, cursor } : { noticeId })
