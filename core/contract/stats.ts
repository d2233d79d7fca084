import { z } from 'zod'
import { ADMINS, MANAGERS } from '../roles'
import type { MonthStatNumbers } from '../stats/model'
import { defineAction } from './define'
import { idField } from './fields'

/**
 * 数据看板 (function `stats`). Every number comes from the per-month summary documents
 * (`monthStats`, one per org and Beijing month): the dashboard reads months × orgs documents, never
 * the activities, ledger or study records themselves, so its cost does not grow with the years of
 * history. The daily timer recomputes the current month and the one before; the committee's
 * `refreshStats` recomputes any months (after an import, a correction, or to check them: it reports
 * which stored numbers differed from the recomputation).
 *
 * Scope: the committee sees the community and one row per branch, and may open a branch (`orgId`);
 * a secretary sees their own branch; another org answers COMMON.NOT_FOUND.
 */

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份格式应为 YYYY-MM' })

export interface DashboardMonth extends MonthStatNumbers {
  month: string
  /** False when no summary exists for the month yet (its numbers read 0). */
  computed: boolean
}

export interface DashboardBranch {
  orgId: string
  name: string
  members: number
  activities: number
  participants: number
  volunteerMinutes: number
  pointsIssued: number
  pointsRedeemed: number
  openBalance: number
  studyYearMinutes: number
  studyTargetMinutes: number
  studyBelowTarget: number
  noticeExpected: number
  noticeRead: number
  meetingsRequired: number
  meetingsHeld: number
}

export interface DashboardResponse {
  org: { id: string; name: string; level: string }
  /** Oldest first; the last one is the current month. */
  months: DashboardMonth[]
  /** Committee: one row per branch over the same months (point-in-time figures from the latest month). */
  branches: DashboardBranch[]
  /** The oldest computation among the current month's documents (null: never computed). */
  computedAt: string | null
  /** How many summary documents were read (bounded: months × orgs). */
  documentsRead: number
}

export interface RefreshStatsResponse {
  months: string[]
  orgs: number
  written: number
  /** Stored summaries whose numbers differed from the recomputation (missing ones included), by field. */
  changed: Array<{ id: string; fields: string[] }>
}

export const statsActions = {
  dashboard: defineAction<DashboardResponse>()({
    request: {
      orgId: idField.optional(),
      months: z.number().int().min(1).max(24).default(12),
    },
    roles: MANAGERS,
    summary:
      '数据看板：按月的活动与参与、志愿时长、道德银行发放与兑付和未兑余额、学时与目标、通知阅读率、三会一课应开与已开（社区党委含各支部）',
  }),

  refreshStats: defineAction<RefreshStatsResponse>()({
    request: {
      /** Months to recompute (default: this month and the one before). */
      months: z.array(month).min(1).max(24).optional(),
    },
    roles: ADMINS,
    summary: '重算每月统计（默认本月和上月；可指定月份），报告与已存数字不一致的项',
  }),
}
