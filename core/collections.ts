/**
 * Every collection of the cloud database and its indexes. This one manifest is applied by the local
 * cloud's setup step (which creates matching Postgres indexes) and listed by the deployment guide for
 * the WeChat cloud console, where collections and indexes are created by hand.
 * `_id` is always indexed and unique; it is not listed.
 */
import { ACTIVITIES_COLLECTIONS } from './activities/collections'
import { CARE_COLLECTIONS } from './care/collections'
import { COMMUNITY_COLLECTIONS } from './community/collections'
import type { CollectionSpec } from './collections-spec'
import { CONTENT_COLLECTIONS } from './content/collections'
import { MESSAGE_COLLECTIONS } from './messages/collections'
import { NOTICES_COLLECTIONS } from './notices/collections'
import { POINTS_COLLECTIONS } from './points/collections'
import { STATS_COLLECTIONS } from './stats/collections'
import { STUDY_COLLECTIONS } from './study/collections'

export type { CollectionSpec, IndexDirection, IndexSpec } from './collections-spec'

const BASE_COLLECTIONS = {
  orgs: {
    description: '组织树：社区党委 → 党总支 → 党支部 → 党小组',
    indexes: [
      {
        name: 'parent',
        fields: [
          ['parentId', 'asc'],
          ['sort', 'asc'],
        ],
      },
      { name: 'path', fields: [['path', 'asc']] },
    ],
  },
  buildings: {
    description: '社区的楼栋（_id = 楼栋名，如 琼林苑3栋）及其单元',
    indexes: [{ name: 'sort', fields: [['sort', 'asc']] }],
  },
  members: {
    description: '党员花名册',
    indexes: [
      {
        name: 'org_name',
        fields: [
          ['orgId', 'asc'],
          ['name', 'asc'],
        ],
      },
      { name: 'orgPath', fields: [['orgPath', 'asc']] },
      { name: 'phone', fields: [['phone', 'asc']], unique: true },
      { name: 'openid', fields: [['openid', 'asc']] },
      // Keyset paging of the roster (name order, unique): never a large skip.
      { name: 'sortKey', fields: [['sortKey', 'asc']] },
      { name: 'helperId', fields: [['helperId', 'asc']] },
    ],
  },
  residents: {
    description: '登记居民',
    indexes: [
      { name: 'openid', fields: [['openid', 'asc']], unique: true },
      {
        name: 'building',
        fields: [
          ['building', 'asc'],
          ['name', 'asc'],
        ],
      },
    ],
  },
  users: {
    description: '微信账号（_id = openid）与角色、管辖范围',
    indexes: [{ name: 'role', fields: [['role', 'asc']] }],
  },
  auditLogs: {
    description: '管理操作审计记录',
    indexes: [
      { name: 'at', fields: [['at', 'desc']] },
      // A secretary's entries: their subtree, newest first.
      {
        name: 'scope_at',
        fields: [
          ['scopePath', 'asc'],
          ['at', 'desc'],
        ],
      },
    ],
  },
  bindingRequests: {
    description: '身份绑定申请（_id = bind:<openid>）',
    indexes: [
      { name: 'status', fields: [['status', 'asc']] },
      { name: 'memberId', fields: [['memberId', 'asc']] },
    ],
  },
  orgHistory: {
    description: '组织新建、改名、调整记录',
    indexes: [
      {
        name: 'org_at',
        fields: [
          ['orgId', 'asc'],
          ['at', 'desc'],
        ],
      },
    ],
  },
  relationChecks: {
    description: '组织关系排查',
    indexes: [
      {
        name: 'status_startedAt',
        fields: [
          ['status', 'asc'],
          ['startedAt', 'desc'],
        ],
      },
    ],
  },
  relationConfirmations: {
    description: '组织关系排查确认记录（_id = checkId:memberId）',
    indexes: [
      {
        name: 'check',
        fields: [
          ['checkId', 'asc'],
          ['at', 'asc'],
        ],
      },
    ],
  },
  systemSetup: {
    description: '一次性初始化记录（_id = firstAdmin：初始化码已被谁使用）',
    indexes: [],
  },
  temporaryFiles: {
    description: '云存储中的临时文件（导出的表格、导入用的上传文件），过期后由定时任务删除',
    indexes: [{ name: 'deleteAfter', fields: [['deleteAfter', 'asc']] }],
  },
} as const satisfies Record<string, CollectionSpec>

export const COLLECTIONS = {
  ...BASE_COLLECTIONS,
  ...ACTIVITIES_COLLECTIONS,
  ...POINTS_COLLECTIONS,
  ...NOTICES_COLLECTIONS,
  ...STUDY_COLLECTIONS,
  ...STATS_COLLECTIONS,
  ...CONTENT_COLLECTIONS,
  ...MESSAGE_COLLECTIONS,
  ...COMMUNITY_COLLECTIONS,
  ...CARE_COLLECTIONS,
}

export type CollectionName = keyof typeof COLLECTIONS
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[]
