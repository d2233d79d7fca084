/**
 * 道德银行 documents. The ledger is double entry and append-only: every posting writes two entries,
 * one on the person's account and its mirror on the issuer's, so all balances always sum to zero.
 */

/**
 * The bank's own account: every point is issued from it and returns to it when spent. Written by every
 * posting, so it would be the hottest document of the app: postings use one of ISSUER_SHARDS shard
 * accounts (`issuer:07`, chosen by the person's account), and the bank's balance is the sum of all
 * issuer accounts (`issuer` itself is kept for the ledgers written before the shards).
 */
export const ISSUER_ACCOUNT_ID = 'issuer'
export const ISSUER_SHARDS = 32

/** The shard (0 … ISSUER_SHARDS − 1) a person's postings use for the issuer account and pointStats. */
export function shardOf(accountId: string): number {
  let h = 0
  for (const ch of accountId) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0
  return h % ISSUER_SHARDS
}

const shardSuffix = (shard: number) => String(shard).padStart(2, '0')

export function issuerAccountId(shard: number): string {
  return `${ISSUER_ACCOUNT_ID}:${shardSuffix(shard)}`
}

/** Every issuer account: the unsharded one and its shards (their balances sum to −(points held)). */
export const ISSUER_ACCOUNT_IDS: readonly string[] = [
  ISSUER_ACCOUNT_ID,
  ...Array.from({ length: ISSUER_SHARDS }, (_, i) => issuerAccountId(i)),
]

export function isIssuerAccount(id: string): boolean {
  return id === ISSUER_ACCOUNT_ID || id.startsWith(`${ISSUER_ACCOUNT_ID}:`)
}

/** A pointStats id (`all`, `m:2026-11`) and its shards: the statistic is the sum over them. */
export function statShardIds(id: string): string[] {
  return [id, ...Array.from({ length: ISSUER_SHARDS }, (_, i) => statShardId(id, i))]
}

export function statShardId(id: string, shard: number): string {
  return `${id}#${shardSuffix(shard)}`
}

/** Why points moved. */
export type EntryKind = 'attendance' | 'deed' | 'wish' | 'adjust' | 'redeem' | 'refund'

/** pointAccounts: `_id` = the person's id (a member's or a resident's `_id`), or ISSUER_ACCOUNT_ID. */
export interface PointAccountDoc {
  _id: string
  kind: 'person' | 'issuer'
  /** Always equals the sum of this account's entries. */
  balance: number
  /** Points earned in total (activities, good deeds, positive adjustments); spending does not lower it. */
  earned: number
  /** Service minutes: counted, never spent. */
  minutes: number
  /** How many entries the account has: the next entry's `seq` is this plus one. */
  entries?: number
  createdAt: Date
  updatedAt: Date
}

/**
 * pointEntries: `_id` = the posting's idempotency key on the person's side (e.g.
 * `attendance:<activityId>:<personId>`, `deed:<deedId>`, `redeem:<personId>:<requestId>`) and
 * `<key>#issuer` on the issuer's side, so a posting can be written only once.
 */
export interface PointEntryDoc {
  _id: string
  key: string
  accountId: string
  /** Signed whole points: positive into the account, negative out of it. */
  amount: number
  /** The account's balance right after this entry (the statement's running balance). */
  balanceAfter: number
  minutes: number
  kind: EntryKind
  /** Chinese text shown on the statement, e.g. 参加活动「楼道清洁」. */
  reason: string
  /** What the entry is about (activity id, deed id, order id…). */
  ref: string | null
  /** Position in the account's statement (1, 2, …): the keyset of the statement's pages. */
  seq: number
  /** `amount` when the kind earns (attendance, deed, adjust), else 0: summed by reconcile. */
  earning: number
  at: Date
}

/** Entry kinds that count as earning: they raise `earned`, the period totals and the rankings. */
export const EARNING_KINDS: readonly EntryKind[] = ['attendance', 'deed', 'wish', 'adjust']

/**
 * pointTotals: one person's earnings in one period, kept up to date inside the posting's transaction,
 * so rankings read an index instead of summing the ledger. `_id` = `<period>:<personId>` where period is
 * `m:2026-11` (a Beijing month), `y:2026` (a year) or `all`. Carries what a ranking shows and filters on.
 */
export interface PointTotalDoc {
  _id: string
  period: string
  personId: string
  /** Points earned in the period (attendance, good deeds, adjustments). */
  points: number
  minutes: number
  /** Masked (张*明): the only form of the name a ranking ever shows. */
  maskedName: string
  building: string
  /** The person's branch (党支部) id, or null for residents of buildings no branch looks after. */
  branchId: string | null
  orgPath: string[]
  optOut: boolean
  updatedAt: Date
}

/**
 * pointStats: the bank's own totals per Beijing month (`m:2026-11`) and overall (`all`), each split
 * into ISSUER_SHARDS shard documents (`m:2026-11#07`, summed on read), kept in the posting's transaction: issued (credits), withdrawn (negative adjustments), spent (redemptions),
 * refunded (returned redemptions) and service minutes.
 */
export interface PointStatDoc {
  _id: string
  issued: number
  withdrawn: number
  spent: number
  refunded: number
  minutes: number
  updatedAt: Date
}

/** pointCategories: a kind of good deed (日行一善) and its points. */
export interface PointCategoryDoc {
  _id: string
  name: string
  points: number
  description: string
  active: boolean
  sort: number
  createdAt: Date
  updatedAt: Date
}

export type GoodDeedStatus = 'pending' | 'approved' | 'rejected'

/** goodDeeds: `_id` = `deed-<personId>-<requestId>` (a retried report is stored once). */
export interface GoodDeedDoc {
  _id: string
  personId: string
  personName: string
  /** Who reported it: the person, or their paired helper (member id). */
  reporterId: string
  reporterName: string
  orgPath: string[]
  categoryId: string
  categoryName: string
  points: number
  text: string
  photos: string[]
  status: GoodDeedStatus
  reason: string | null
  reviewedByOpenid: string | null
  submittedAt: Date
  reviewedAt: Date | null
}

/** pointRewards: an item of the 公益集市 catalogue. `stock` changes only in transactions. */
export interface PointRewardDoc {
  _id: string
  name: string
  description: string
  photo: string | null
  price: number
  stock: number
  /** Most one person may redeem per Beijing month. */
  monthlyLimit: number
  active: boolean
  sort: number
  createdAt: Date
  updatedAt: Date
  /**
   * Stock taken by redemptions not settled yet (cloudfunctions/points/lib/stock.ts), by hold key:
   * the order it is for, how many, the hold's number and when. Absent or empty when none is open.
   */
  holds?: Record<string, StockHold>
}

export interface StockHold {
  orderId: string
  quantity: number
  nonce: string
  at: Date
}

/**
 * pointStockHolds: `_id` = `<orderId>#<nonce>`: how one stock hold ended — `used` (written in the
 * order's own transaction) or `released` (its stock given back). Whoever inserts it first decides.
 */
export interface PointStockHoldDoc {
  _id: string
  rewardId: string
  orderId: string
  quantity: number
  outcome: 'used' | 'released'
  at: Date
}

export type OrderStatus = 'pending' | 'fulfilled' | 'cancelled' | 'expired'

/** pointOrders: `_id` = `redeem:<personId>:<requestId>`, the same key as its ledger entry. */
export interface PointOrderDoc {
  _id: string
  personId: string
  personName: string
  rewardId: string
  rewardName: string
  quantity: number
  price: number
  amount: number
  pickupCode: string
  month: string
  status: OrderStatus
  createdAt: Date
  expiresAt: Date
  closedAt: Date | null
  closedByOpenid: string | null
  /** Redeemed on the elder's behalf by their 结对 helper. */
  byHelperId?: string
  byHelperName?: string
}

/** pointRedeemCounts: `_id` = `<personId>:<rewardId>:<YYYY-MM>`, how many a person took that month. */
export interface PointRedeemCountDoc {
  _id: string
  count: number
}

/** withdrawn: taken back by its proposer while it waited (nothing was posted). */
export type AdjustmentStatus = 'pending' | 'approved' | 'rejected' | 'applied' | 'withdrawn'

/** pointAdjustments: `_id` = `adj-<openid>-<requestId>`; above the threshold they wait for a second admin. */
export interface PointAdjustmentDoc {
  _id: string
  personId: string
  personName: string
  amount: number
  reason: string
  status: AdjustmentStatus
  createdByOpenid: string
  createdByName: string
  reviewedByOpenid: string | null
  rejectReason: string | null
  createdAt: Date
  reviewedAt: Date | null
}

/** pointSettings: `_id` = 'settings'. */
export interface PointSettingsDoc {
  _id: string
  /** Adjustments with |amount| above this wait for a second admin. */
  adjustThreshold: number
  updatedAt: Date
}

export const DEFAULT_ADJUST_THRESHOLD = 100
export const ORDER_EXPIRY_DAYS = 30
