import type { CollectionSpec } from '../collections-spec'

/** Collections of the `points` area with their indexes; merged into core/collections.ts. */
export const POINTS_COLLECTIONS = {
  pointAccounts: {
    description: '道德银行账户（_id = 党员或居民 id；issuer 为发行账户）',
    indexes: [],
  },
  pointEntries: {
    description: '道德银行流水（只追加，复式记账；_id = 幂等键）',
    indexes: [{ name: 'account_at', fields: [['accountId', 'asc'], ['at', 'desc']] }],
  },
} as const satisfies Record<string, CollectionSpec>
