import { ISSUER_ACCOUNT_ID, type EntryKind, type PointAccountDoc, type PointEntryDoc } from '../../core/points/model'
import { failure, success, type Result } from '../../core/result'
import { inTransaction, type TxWork } from './transaction'

/**
 * The one way points and service minutes move (道德银行). A posting is exactly-once: its key is the
 * person-side entry's `_id`, so repeating it — ten times in parallel, or after a timeout — finds the
 * entry and changes nothing. Used by the points function and by activities (attendance credits).
 */
export interface Posting {
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

export interface PostOutcome {
  /** False when the key had already been posted (nothing changed). */
  applied: boolean
  balance: number
}

const EARNING_KINDS: readonly EntryKind[] = ['attendance', 'deed', 'adjust']

/** Posts inside the caller's transaction (so a redemption can take stock in the same commit). */
export async function postInTx(work: TxWork, posting: Posting): Promise<Result<PostOutcome>> {
  const minutes = posting.minutes ?? 0
  if (!Number.isSafeInteger(posting.amount) || !Number.isSafeInteger(minutes) || minutes < 0) {
    throw new Error(`invalid posting ${posting.key}`)
  }
  const account = await work.get<PointAccountDoc>('pointAccounts', posting.accountId)
  if (await work.get<PointEntryDoc>('pointEntries', posting.key)) {
    return success({ applied: false, balance: account?.balance ?? 0 })
  }
  const balance = (account?.balance ?? 0) + posting.amount
  if (balance < 0) return failure('POINTS.INSUFFICIENT')

  const at = new Date()
  const person = account ?? openAccount(work, posting.accountId, 'person', at)
  const issuer = (await work.get<PointAccountDoc>('pointAccounts', ISSUER_ACCOUNT_ID)) ?? openAccount(work, ISSUER_ACCOUNT_ID, 'issuer', at)
  const earned = EARNING_KINDS.includes(posting.kind) ? posting.amount : 0
  const entry = { key: posting.key, minutes, kind: posting.kind, reason: posting.reason, ref: posting.ref ?? null, at }

  work.create('pointEntries', posting.key, { ...entry, accountId: person._id, amount: posting.amount, balanceAfter: balance })
  work.create('pointEntries', `${posting.key}#issuer`, {
    ...entry,
    accountId: ISSUER_ACCOUNT_ID,
    amount: -posting.amount,
    balanceAfter: issuer.balance - posting.amount,
    minutes: 0,
  })
  work.patch('pointAccounts', person._id, { balance, earned: person.earned + earned, minutes: person.minutes + minutes, updatedAt: at })
  work.patch('pointAccounts', ISSUER_ACCOUNT_ID, { balance: issuer.balance - posting.amount, updatedAt: at })
  return success({ applied: true, balance })
}

/** Posts in a transaction of its own. */
export function postPoints(posting: Posting): Promise<Result<PostOutcome>> {
  return inTransaction((work) => postInTx(work, posting))
}

function openAccount(work: TxWork, id: string, kind: PointAccountDoc['kind'], at: Date): PointAccountDoc {
  const doc: Omit<PointAccountDoc, '_id'> = { kind, balance: 0, earned: 0, minutes: 0, createdAt: at, updatedAt: at }
  return work.create<PointAccountDoc>('pointAccounts', id, { ...doc })
}
