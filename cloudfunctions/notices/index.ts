import { noticesActions } from '../../core/contract/notices'
import { createFunction } from '../_core/create-function'
import { manageList } from './handlers/manage-list'
import { get, list, unreadCount } from './handlers/read'
import { readStats } from './handlers/read-stats'
import { publish, update, withdraw } from './handlers/write'

/** 通知公告: readers' lists, opening (read receipts), unread counts; publishing, editing, withdrawing, read statistics. */
export const main = createFunction(noticesActions, { list, get, unreadCount, publish, update, withdraw, manageList, readStats })
