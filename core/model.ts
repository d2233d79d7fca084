import type { MemberCategory, MemberStatus, OrgLevel, Role } from './roles'

/**
 * Stored documents. Dates are `Date` in UTC (the server stamps them with db.serverDate()).
 * Every collection is listed with its indexes in ./collections.ts.
 */

/** orgs: one node of the organisation tree. `path` lists the ids from the committee down to the parent. */
export interface OrgDoc {
  _id: string
  name: string
  level: OrgLevel
  parentId: string | null
  path: string[]
  /** Buildings (楼栋) this group looks after, e.g. ['琼林苑3栋']. Groups only. */
  buildings: string[]
  sort: number
  createdAt: Date
  updatedAt: Date
}

/**
 * buildings: one 楼栋 of the community's list (kept by the committee). `_id` is its canonical name
 * (core/rules/buildings.ts `buildingKey`), the value every `building` field of people, audiences and
 * rankings holds.
 */
export interface BuildingDoc {
  _id: string
  /** The units (单元) people choose from; empty: the building has none to choose. */
  units: string[]
  sort: number
  createdAt: Date
  updatedAt: Date
}

/** members: one roster entry (花名册). Never hard-deleted; `archived` hides it. */
export interface MemberDoc {
  _id: string
  name: string
  gender: 'male' | 'female'
  birthYear: number
  phone: string
  category: MemberCategory
  /** 双报到: an employed member who also reports to the home community. */
  dualReport: boolean
  elder: boolean
  status: MemberStatus
  /** The branch or group the member belongs to. */
  orgId: string
  /** `path` of orgId plus orgId itself: every ancestor, for subtree queries. */
  orgPath: string[]
  building: string
  unit: string
  joinedPartyYear: number
  /** The WeChat account bound to this entry, once a binding is approved. */
  openid: string | null
  rankingOptOut: boolean
  archived: boolean
  /** Optimistic concurrency: every edit checks and bumps it. */
  version: number
  createdAt: Date
  updatedAt: Date
  /** Keyset paging key: `memberSortKey(name, _id)` (core/rules/roster.ts), unique, indexed. */
  sortKey: string
  /** 结对: on a helper, the (at most two) elders they look after — the source of truth. */
  pairedElderIds: string[]
  /** 结对: on an elder, their helper's member id (reverse link). */
  helperId: string | null
  /** Last time the branch reached the member (a relation-check confirmation); null: never recorded. */
  lastContactAt: Date | null
  /** The latest relation check this member confirmed. */
  lastConfirmedCheckId: string | null
}

/** residents: a registered resident (居民) who is not on the roster. */
export interface ResidentDoc {
  _id: string
  openid: string
  name: string
  phone: string
  building: string
  unit: string
  rankingOptOut: boolean
  createdAt: Date
  updatedAt: Date
}

/** users: a WeChat account, `_id` = OPENID. Roles are written only by admins (or the seed). */
export interface UserDoc {
  _id: string
  role: Exclude<Role, 'visitor'>
  memberId: string | null
  residentId: string | null
  /** For secretaries: the branch they manage; for admins: the committee. */
  scopeOrgId: string | null
  createdAt: Date
  updatedAt: Date
}

/** auditLogs: one entry per admin write. */
export interface AuditLogDoc {
  _id: string
  actorOpenid: string
  actorRole: Role
  action: string
  target: string
  detail?: Record<string, unknown>
  /** The actor's managed subtree (path + the org itself); empty for entries older than this field. */
  scopePath?: string[]
  at: Date
}

/** bindingRequests: a visitor's or resident's request to be bound to a roster entry. `_id` = `bind:<openid>`. */
export interface BindingRequestDoc {
  _id: string
  openid: string
  status: 'pending' | 'approved' | 'rejected'
  name: string
  phone: string
  memberId: string
  /** The matched member's org and orgPath at request time (kept current by org moves), for scope queries. */
  orgId: string
  orgPath: string[]
  reason: string | null
  reviewedByOpenid: string | null
  requestedAt: Date
  reviewedAt: Date | null
}

/** orgHistory: one entry per create / rename / move / change of an org. */
export interface OrgHistoryDoc {
  _id: string
  orgId: string
  kind: 'create' | 'rename' | 'move' | 'update'
  before: Pick<OrgDoc, 'name' | 'parentId' | 'path' | 'buildings' | 'level'> | null
  after: Pick<OrgDoc, 'name' | 'parentId' | 'path' | 'buildings' | 'level'>
  byOpenid: string
  at: Date
}

/** relationChecks: one 组织关系排查. At most one is `open`. */
export interface RelationCheckDoc {
  _id: string
  title: string
  status: 'open' | 'closed'
  startedByOpenid: string
  startedAt: Date
  closedAt: Date | null
}

/** relationConfirmations: `_id` = `<checkId>:<memberId>`, so a member is confirmed once per check. */
export interface RelationConfirmationDoc {
  _id: string
  checkId: string
  memberId: string
  orgPath: string[]
  method: 'self' | 'helper' | 'manager'
  byOpenid: string
  byMemberId: string | null
  at: Date
}
