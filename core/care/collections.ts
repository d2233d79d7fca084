import type { CollectionSpec } from '../collections-spec'

/** Collections of the `care` area with their indexes; merged into core/collections.ts. */
export const CARE_COLLECTIONS = {
  careVisits: {
    description: '走访、电话联系、红色家访、八个到家、两节慰问记录（_id = visit-<记录人>-<请求编号>）',
    indexes: [
      {
        name: 'scope_date',
        fields: [
          ['scopeKeys', 'asc'],
          ['date', 'desc'],
        ],
      },
      {
        name: 'by_created',
        fields: [
          ['byId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        name: 'elder_date',
        fields: [
          ['elderId', 'asc'],
          ['date', 'desc'],
        ],
      },
    ],
  },
  careNeeds: {
    description: '走访中记下的需求和意见建议（_id = <走访编号>-n<序号>）',
    indexes: [
      {
        name: 'scope_status_created',
        fields: [
          ['scopeKeys', 'asc'],
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  careProfiles: {
    description: '关爱档案（_id = 党员或居民 id）：困难、独居标记（仅社区党委可见）、生日、最近走访日期',
    indexes: [
      {
        name: 'scope_birthMonth',
        fields: [
          ['scopeKeys', 'asc'],
          ['birthMonth', 'asc'],
        ],
      },
      { name: 'hardship', fields: [['hardship', 'asc']] },
      { name: 'livesAlone', fields: [['livesAlone', 'asc']] },
    ],
  },
  careGrants: {
    description: '党小组长、楼栋长、网格员、党建联络员的授权（_id = <类别>:<党员 id>）',
    indexes: [
      {
        name: 'openid_active',
        fields: [
          ['openid', 'asc'],
          ['active', 'asc'],
        ],
      },
      { name: 'kind', fields: [['kind', 'asc']] },
    ],
  },
} as const satisfies Record<string, CollectionSpec>
