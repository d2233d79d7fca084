import { maskName } from '../mask'
import { beijingMonth, beijingYear } from '../time'
import {
  EARNING_KINDS,
  isIssuerAccount,
  type EntryKind,
  type PointAccountDoc,
  type PointEntryDoc,
  type PointStatDoc,
  type PointTotalDoc,
} from './model'

/**
 * The ledger's rules as pure functions, shared by the cloud function (inside a transaction) and the
 * demo seed, so both write exactly the same documents for the same postings.
 */

/** Largest amount one posting may move (a sane bound: nobody earns or spends more at once). */
export const MAX_POSTING_POINTS = 100_000
export const MAX_POSTING_MINUTES = 24 * 60

/** One movement of points (and service minutes) on a person's account. */
export interface PostingInput {
  /** Deterministic idempotency key, e.g. `attendance:<activityId>:<personId>`. */
  key: string
  /** The person's account id (member or resident `_id`). */
  accountId: string
  /** Signed whole points; negative spends (refused if the balance would go below zero). */
  amount: number
  /** Service minutes to add (never spent). */
  minutes?: number
  kind: EntryKind
  reason: string
  ref?: string | null
}

/** What a ranking shows of a person (kept on their period totals). */
export interface RankedPerson {
  name: string
  building: string
  branchId: string | null
  orgPath: string[]
  optOut: boolean
}

export function isEarning(kind: EntryKind): boolean {
  return EARNING_KINDS.includes(kind)
}

export function validPosting(posting: PostingInput): boolean {
  const minutes = posting.minutes ?? 0
  return (
    typeof posting.key === 'string' &&
    posting.key.length > 0 &&
    posting.key.length <= 200 &&
    !posting.key.endsWith('#issuer') &&
    typeof posting.accountId === 'string' &&
    posting.accountId.length > 0 &&
    !isIssuerAccount(posting.accountId) &&
    Number.isSafeInteger(posting.amount) &&
    Math.abs(posting.amount) <= MAX_POSTING_POINTS &&
    Number.isSafeInteger(minutes) &&
    minutes >= 0 &&
    minutes <= MAX_POSTING_MINUTES &&
    (posting.amount !== 0 || minutes > 0)
  )
}

/** Beijing month of an instant: `2026-11`. */
export function monthOf(at: Date): string {
  return beijingMonth(at)
}

/** The ranking periods an instant counts in: its month, its year, all time. */
export function periodsOf(at: Date): string[] {
  return [`m:${beijingMonth(at)}`, `y:${beijingYear(at)}`, 'all']
}

export function totalId(period: string, personId: string): string {
  return `${period}:${personId}`
}

export function emptyAccount(id: string, at: Date): PointAccountDoc {
  return {
    _id: id,
    kind: isIssuerAccount(id) ? 'issuer' : 'person',
    balance: 0,
    earned: 0,
    minutes: 0,
    entries: 0,
    createdAt: at,
    updatedAt: at,
  }
}

/** The two entries of a posting (person side `_id` = key, issuer side `<key>#issuer`). */
export function postingEntries(
  posting: PostingInput,
  person: PointAccountDoc,
  issuer: PointAccountDoc,
  at: Date,
): [PointEntryDoc, PointEntryDoc] {
  const minutes = posting.minutes ?? 0
  const base = { key: posting.key, kind: posting.kind, reason: posting.reason, ref: posting.ref ?? null, at }
  const earning = isEarning(posting.kind) ? posting.amount : 0
  return [
    {
      ...base,
      _id: posting.key,
      accountId: person._id,
      amount: posting.amount,
      balanceAfter: person.balance + posting.amount,
      minutes,
      seq: (person.entries ?? 0) + 1,
      earning,
    },
    {
      ...base,
      _id: `${posting.key}#issuer`,
      accountId: issuer._id,
      amount: -posting.amount,
      balanceAfter: issuer.balance - posting.amount,
      minutes: 0,
      seq: (issuer.entries ?? 0) + 1,
      earning: 0,
    },
  ]
}

/** The account fields after a posting (person, then issuer). */
export function accountChanges(posting: PostingInput, person: PointAccountDoc, issuer: PointAccountDoc, at: Date) {
  const earning = isEarning(posting.kind) ? posting.amount : 0
  return {
    person: {
      balance: person.balance + posting.amount,
      earned: person.earned + earning,
      minutes: person.minutes + (posting.minutes ?? 0),
      entries: (person.entries ?? 0) + 1,
      updatedAt: at,
    },
    issuer: { balance: issuer.balance - posting.amount, entries: (issuer.entries ?? 0) + 1, updatedAt: at },
  }
}

/** A period total after an earning posting (a new one when `current` is null). */
export function totalAfter(
  current: PointTotalDoc | null,
  period: string,
  personId: string,
  person: RankedPerson,
  posting: PostingInput,
  at: Date,
): PointTotalDoc {
  return {
    _id: totalId(period, personId),
    period,
    personId,
    points: (current?.points ?? 0) + (isEarning(posting.kind) ? posting.amount : 0),
    minutes: (current?.minutes ?? 0) + (posting.minutes ?? 0),
    maskedName: maskName(person.name),
    building: person.building,
    branchId: person.branchId,
    orgPath: person.orgPath,
    optOut: person.optOut,
    updatedAt: at,
  }
}

/** Does this posting change the person's period totals? (Spending and refunds do not.) */
export function touchesTotals(posting: PostingInput): boolean {
  return isEarning(posting.kind) || (posting.minutes ?? 0) > 0
}

/** The bank's statistics fields a posting adds to (month and all-time docs alike). */
export function statIncrements(posting: PostingInput): Omit<PointStatDoc, '_id' | 'updatedAt'> {
  const amount = posting.amount
  const stats = { issued: 0, withdrawn: 0, spent: 0, refunded: 0, minutes: posting.minutes ?? 0 }
  if (posting.kind === 'redeem') stats.spent = -amount
  else if (posting.kind === 'refund') stats.refunded = amount
  else if (amount >= 0) stats.issued = amount
  else stats.withdrawn = -amount
  return stats
}

export function statAfter(current: PointStatDoc | null, id: string, posting: PostingInput, at: Date): PointStatDoc {
  const inc = statIncrements(posting)
  return {
    _id: id,
    issued: (current?.issued ?? 0) + inc.issued,
    withdrawn: (current?.withdrawn ?? 0) + inc.withdrawn,
    spent: (current?.spent ?? 0) + inc.spent,
    refunded: (current?.refunded ?? 0) + inc.refunded,
    minutes: (current?.minutes ?? 0) + inc.minutes,
    updatedAt: at,
  }
}

/** The statistics an instant counts in: its month and all time (shard them with statShardId). */
export function statIdsOf(at: Date): string[] {
  return [`m:${monthOf(at)}`, 'all']
}

/** A person's branch: the org of level branch on their path — the caller passes the branch ids. */
export function branchOf(orgPath: readonly string[], branchIds: ReadonlySet<string>): string | null {
  return orgPath.find((id) => branchIds.has(id)) ?? null
}
