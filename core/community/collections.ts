import type { CollectionSpec } from '../collections-spec'
import { GOVERN_COLLECTIONS } from './govern-collections'

/** Collections of the `community` area (微心愿, 民生诉求) with their indexes; merged into core/collections.ts. */
export const COMMUNITY_COLLECTIONS = {
  wishes: {
    description: '微心愿（_id = wish-<发布人>-<请求编号>）',
    indexes: [
      {
        name: 'status_opened',
        fields: [
          ['status', 'asc'],
          ['openedAt', 'desc'],
        ],
      },
      {
        name: 'status_needBy',
        fields: [
          ['status', 'asc'],
          ['needBy', 'asc'],
        ],
      },
      {
        name: 'orgPath_status',
        fields: [
          ['orgPath', 'asc'],
          ['status', 'asc'],
        ],
      },
      {
        name: 'wisher_posted',
        fields: [
          ['wisherId', 'asc'],
          ['postedAt', 'desc'],
        ],
      },
      {
        name: 'poster_posted',
        fields: [
          ['posterId', 'asc'],
          ['postedAt', 'desc'],
        ],
      },
      {
        name: 'claimant_posted',
        fields: [
          ['claimantId', 'asc'],
          ['postedAt', 'desc'],
        ],
      },
    ],
  },
  tickets: {
    description: '民生诉求（_id = ticket-<反映人>-<请求编号>），含办理时间线',
    indexes: [
      {
        name: 'scope_status_reported',
        fields: [
          ['scopePath', 'asc'],
          ['status', 'asc'],
          ['reportedAt', 'desc'],
        ],
      },
      {
        name: 'reporter_reported',
        fields: [
          ['reporterId', 'asc'],
          ['reportedAt', 'desc'],
        ],
      },
      {
        name: 'status_closed',
        fields: [
          ['status', 'asc'],
          ['closedAt', 'desc'],
        ],
      },
      {
        name: 'status_due',
        fields: [
          ['status', 'asc'],
          ['dueDay', 'asc'],
        ],
      },
    ],
  },
  patrolMembers: {
    description: '文明安全巡查队队员（_id = 党员 id），可上报安全隐患',
    indexes: [],
  },
  communityOutbox: {
    description: '微心愿、民生诉求的待发消息（办理进展、超期督办；_id = 幂等键）',
    indexes: [{ name: 'createdAt', fields: [['createdAt', 'desc']] }],
  },
  ...GOVERN_COLLECTIONS,
} as const satisfies Record<string, CollectionSpec>
