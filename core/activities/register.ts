/**
 * The 三会一课 register of one meeting (pure rules, no zod): who was expected (应到: the branch's or
 * group's members on the roster, frozen when the minutes are signed off), and for each of them one state, decided in this
 * order:
 *   实到 present   — checked in (code or by hand), ticked by the secretary, or took part remotely (远程,
 *                    recorded by the member or their helper: core/activities/remote.ts);
 *   送学 delivered — an elder whose helper took the content to them (ticked by the secretary), not 实到;
 *   请假 leave     — asked for leave with a reason and the secretary approved it;
 *   缺席 absent    — everyone else.
 * People who came but are not on the list (checked in without being expected) are 列席 walk-ins.
 * Rate = 实到 ÷ (应到 − 请假), the usual way a branch reports it; 送学 is shown beside it.
 */

export const REGISTER_STATES = ['present', 'delivered', 'leave', 'absent'] as const
export type RegisterState = (typeof REGISTER_STATES)[number]

export const REGISTER_STATE_LABELS: Record<RegisterState, string> = {
  present: '实到',
  delivered: '送学',
  leave: '请假',
  absent: '缺席',
}

/** The secretary's own mark on a roster member (none: follow check-in and leave). */
export const REGISTER_MARKS = ['present', 'delivered', 'none'] as const
export type RegisterMark = (typeof REGISTER_MARKS)[number]

export type LeaveStatus = 'pending' | 'approved' | 'rejected'

export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = { pending: '待批准', approved: '已准假', rejected: '未准假' }

export function registerStateOf(input: {
  checkedIn: boolean
  mark: RegisterMark
  leave: LeaveStatus | null
  remote?: boolean
}): RegisterState {
  if (input.checkedIn || input.mark === 'present' || input.remote) return 'present'
  if (input.mark === 'delivered') return 'delivered'
  if (input.leave === 'approved') return 'leave'
  return 'absent'
}

export interface RegisterCounts {
  expected: number
  present: number
  delivered: number
  leave: number
  absent: number
  walkIns: number
  /** Percent, 0–100 (integer); null when nobody was expected but on leave. */
  rate: number | null
}

export function registerCounts(states: readonly RegisterState[], walkIns: number): RegisterCounts {
  const count = (state: RegisterState) => states.filter((s) => s === state).length
  const counts = {
    expected: states.length,
    present: count('present'),
    delivered: count('delivered'),
    leave: count('leave'),
    absent: count('absent'),
  }
  const base = counts.expected - counts.leave
  return { ...counts, walkIns, rate: base > 0 ? Math.round((counts.present * 100) / base) : null }
}

/**
 * On the roster for the meeting: in the org's subtree and not archived. The roster keeps no joining or
 * leaving dates (an imported roster is entered after meetings it must record), so the list is the
 * roster as it stands until the secretary signs the minutes off — which freezes it for good.
 */
export function expectedOn(member: { orgPath: string[]; archived: boolean }, orgId: string): boolean {
  return !member.archived && member.orgPath.includes(orgId)
}
