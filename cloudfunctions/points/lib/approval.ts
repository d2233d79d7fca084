import type { PointsSettingsView } from '../../../core/contract/points'
import type { Caller } from '../../_core/caller'
import { countWhere } from '../../_core/db'

/**
 * Who may be the second approver. With two or more committee admins, another admin; with one (a
 * small community), a 支部书记 — otherwise the lone admin's requests above the threshold could never
 * be approved.
 */
export async function approvalRule(): Promise<Pick<PointsSettingsView, 'secondApprover' | 'adminCount'>> {
  const adminCount = await countWhere('users', { role: 'admin' })
  return { adminCount, secondApprover: adminCount <= 1 ? 'secretary' : 'admin' }
}

/** A secretary reads and decides adjustments only while the rule names secretaries as second approvers. */
export async function mayReview(caller: Caller): Promise<boolean> {
  return caller.role === 'admin' || (await approvalRule()).secondApprover === 'secretary'
}
