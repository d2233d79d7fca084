/**
 * 道德银行 documents. The ledger is double entry and append-only: every posting writes two entries,
 * one on the person's account and its mirror on the issuer's, so all balances always sum to zero.
 */

/** The bank's own account: every point is issued from it and returns to it when spent. */
export const ISSUER_ACCOUNT_ID = 'issuer'

/** Why points moved. */
export type EntryKind = 'attendance' | 'deed' | 'adjust' | 'redeem' | 'refund'

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
  at: Date
}
