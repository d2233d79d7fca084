import type { MemberDoc } from '../../../core/model'
import { findMany, serverDate } from '../../_core/db'
import type { TxWork } from '../../_core/transaction'

/**
 * The two directions of 结对, changed only together inside one transaction (see ./transaction):
 * a helper's `pairedElderIds` (at most two) and each of those elders' `helperId`. Every function here
 * keeps the invariant "an elder's helperId names exactly the one helper whose list holds them".
 */

/** Takes `elder` off their current helper's list (if any) and clears their helperId. */
export async function detachElder(work: TxWork, elder: MemberDoc): Promise<string | null> {
  const helperId = elder.helperId ?? null
  if (helperId) await dropFromHelper(work, helperId, elder._id)
  if (elder.helperId !== null) work.patch('members', elder._id, { helperId: null, updatedAt: serverDate() })
  return helperId
}

/**
 * Ends every pairing where `helper` is the helper: each listed elder (and each of `alsoLinked`, elders
 * found by their helperId outside the transaction) whose helperId still names them is released.
 */
export async function detachHelper(work: TxWork, helper: MemberDoc, alsoLinked: readonly string[] = []): Promise<string[]> {
  const released: string[] = []
  for (const id of new Set([...(helper.pairedElderIds ?? []), ...alsoLinked])) {
    if (id === helper._id) continue
    const elder = await work.get<MemberDoc>('members', id)
    if (elder?.helperId === helper._id) {
      work.patch('members', id, { helperId: null, updatedAt: serverDate() })
      released.push(id)
    }
  }
  if ((helper.pairedElderIds ?? []).length) work.patch('members', helper._id, { pairedElderIds: [], updatedAt: serverDate() })
  return released
}

/** Removes `elderId` from a helper's list, if that helper exists and lists them. */
export async function dropFromHelper(work: TxWork, helperId: string, elderId: string): Promise<void> {
  const helper = await work.get<MemberDoc>('members', helperId)
  const list = helper?.pairedElderIds ?? []
  if (helper && list.includes(elderId))
    work.patch('members', helperId, { pairedElderIds: list.filter((id) => id !== elderId), updatedAt: serverDate() })
}

/** Members whose helperId names `helperId` (at most a handful; the helperId index answers it). */
export async function linkedElderIds(helperId: string): Promise<string[]> {
  const docs = await findMany<Pick<MemberDoc, '_id'>>('members', { helperId }, { limit: 100, fields: { _id: true } })
  return docs.map((doc) => doc._id)
}
