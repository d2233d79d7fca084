import type { CollectionSpec } from '../collections-spec'

export const CONTENT_COLLECTIONS = {
  mediaReviews: {
    description: '图片内容安全审核（_id = 文件 id 的摘要）：待审核、通过、未通过，微信异步推送结果',
    indexes: [
      { name: 'fileId', fields: [['fileId', 'asc']], unique: true },
      { name: 'traceId', fields: [['traceId', 'asc']] },
    ],
  },
} as const satisfies Record<string, CollectionSpec>
