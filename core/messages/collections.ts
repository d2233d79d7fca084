import type { CollectionSpec } from '../collections-spec'

export const MESSAGE_COLLECTIONS = {
  messageConsents: {
    description: '订阅消息授权（_id = openid:模板 id）：每次“允许”计一条，发送一条用掉一条',
    indexes: [],
  },
  subscriptionGrants: {
    description: '已记录的订阅授权结果（_id = openid:requestId），重复提交只计一次',
    indexes: [],
  },
} as const satisfies Record<string, CollectionSpec>
