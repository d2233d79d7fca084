import type { CollectionSpec } from '../collections-spec'

/** Collections of the `stats` function; merged into core/collections.ts. */
export const STATS_COLLECTIONS = {
  monthStats: {
    description: '每月统计（_id = <组织>:<YYYY-MM>，社区党委与各支部；由定时任务和重算写入，看板只读这些文档）',
    indexes: [
      {
        name: 'org_month',
        fields: [
          ['orgId', 'asc'],
          ['month', 'desc'],
        ],
      },
    ],
  },
} as const satisfies Record<string, CollectionSpec>
