import type { CollectionSpec } from '../collections-spec'

/** Collections of the `notices` area with their indexes; merged into core/collections.ts. */
export const NOTICES_COLLECTIONS = {
  notices: {
    description: '通知公告（_id = n-<草稿编号>）',
    indexes: [
      // Readers' lists and unread counts: audienceKey in [...], published, visible, newest/pinned first.
      {
        name: 'audience_sort',
        fields: [
          ['audienceKey', 'asc'],
          ['status', 'asc'],
          ['sortKey', 'desc'],
        ],
      },
      // Managers' lists: notices inside a subtree.
      {
        name: 'scope_sort',
        fields: [
          ['scopePath', 'asc'],
          ['status', 'asc'],
          ['sortKey', 'desc'],
        ],
      },
    ],
  },
  noticeReads: {
    description: '通知已读回执（_id = <通知>:<人员>，重复打开只记一次）',
    indexes: [
      // Unread count: this person's live receipts in their audience keys.
      {
        name: 'person_audience',
        fields: [
          ['personId', 'asc'],
          ['audienceKey', 'asc'],
        ],
      },
      // Read statistics and keeping receipts in step with their notice.
      {
        name: 'notice',
        fields: [
          ['noticeId', 'asc'],
          ['personKind', 'asc'],
        ],
      },
    ],
  },
} as const satisfies Record<string, CollectionSpec>
