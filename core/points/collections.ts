import type { CollectionSpec } from '../collections-spec'

/** Collections of the `points` area with their indexes; merged into core/collections.ts. */
export const POINTS_COLLECTIONS = {
  pointAccounts: {
    description: '道德银行账户（_id = 党员或居民 id；issuer 为发行账户）',
    indexes: [],
  },
  pointEntries: {
    description: '道德银行流水（只追加，复式记账；_id = 幂等键）',
    indexes: [
      // The statement: one account, newest first, keyset on seq.
      {
        name: 'account_seq',
        fields: [
          ['accountId', 'asc'],
          ['seq', 'desc'],
        ],
      },
      {
        name: 'account_at',
        fields: [
          ['accountId', 'asc'],
          ['at', 'desc'],
        ],
      },
    ],
  },
  pointTotals: {
    description: '积分排行：每人每期累计（_id = <期间>:<人员 id>，期间 m:2026-11 / y:2026 / all）',
    indexes: [
      {
        name: 'rank',
        fields: [
          ['period', 'asc'],
          ['optOut', 'asc'],
          ['points', 'desc'],
          ['personId', 'asc'],
        ],
      },
      {
        name: 'rank_branch',
        fields: [
          ['period', 'asc'],
          ['branchId', 'asc'],
          ['optOut', 'asc'],
          ['points', 'desc'],
          ['personId', 'asc'],
        ],
      },
      {
        name: 'rank_building',
        fields: [
          ['period', 'asc'],
          ['building', 'asc'],
          ['optOut', 'asc'],
          ['points', 'desc'],
          ['personId', 'asc'],
        ],
      },
    ],
  },
  pointStats: {
    description: '道德银行统计（_id = m:2026-11 按月 / all 累计）：发放、扣减、兑付、退回',
    indexes: [],
  },
  pointCategories: {
    description: '日行一善类别及积分',
    indexes: [
      {
        name: 'active_sort',
        fields: [
          ['active', 'asc'],
          ['sort', 'asc'],
        ],
      },
    ],
  },
  goodDeeds: {
    description: '日行一善申报（_id = deed-<人员 id>-<请求 id>）',
    indexes: [
      {
        name: 'person_at',
        fields: [
          ['personId', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
      {
        name: 'status_org_at',
        fields: [
          ['status', 'asc'],
          ['orgPath', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
    ],
  },
  pointRewards: {
    description: '公益集市兑换物品（库存只在事务内变动）',
    indexes: [
      {
        name: 'active_sort',
        fields: [
          ['active', 'asc'],
          ['sort', 'asc'],
        ],
      },
    ],
  },
  pointOrders: {
    description: '兑换订单（_id = redeem:<人员 id>:<请求 id>）',
    indexes: [
      {
        name: 'person_at',
        fields: [
          ['personId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        name: 'status_expires',
        fields: [
          ['status', 'asc'],
          ['expiresAt', 'asc'],
        ],
      },
      { name: 'pickupCode', fields: [['pickupCode', 'asc']], unique: true },
    ],
  },
  pointRedeemCounts: {
    description: '每人每月兑换数量（_id = <人员 id>:<物品 id>:<月份>）',
    indexes: [],
  },
  pointStockHolds: {
    description: '兑换库存预留的结局（_id = <订单 id>#<预留号>：used 随订单提交，released 为退回库存；只能一方写入）',
    indexes: [],
  },
  pointAdjustments: {
    description: '积分调整（超过阈值须另一位管理员批准）',
    indexes: [
      {
        name: 'status_at',
        fields: [
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  pointSettings: {
    description: '道德银行设置（_id = settings：调整审批阈值）',
    indexes: [],
  },
} as const satisfies Record<string, CollectionSpec>
