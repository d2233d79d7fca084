import { z } from 'zod'
import { MANAGERS } from '../roles'
import type { MaterialKind } from '../study/rules'
import { defineAction } from './define'
import { idField as id, pageFields, yearField } from './fields'
import { PAGE_SIZE_MAX } from './members'

/**
 * 学习情况 for managers (function `study`). A secretary sees their own branch; the committee sees the
 * community with one row per branch and may open any branch (`orgId`). Another manager's branch or an
 * unknown org answers COMMON.NOT_FOUND. Phones are masked; each elder's helper is named so the branch
 * can arrange 送学.
 *
 * 学时 this year against the target of the table in core/study/targets.ts (32 for members, 56 for
 * secretaries and the committee; 1 学时 = 45 minutes), split into self study and 送学 (delivered by
 * a helper: visit, phone or remote).
 *
 * An assigned material's figures: who it reaches in the caller's scope (the assignments' branches
 * and members), who studied it by its due date, late, or not at all — one page at a time by the
 * roster's order, like a notice's read statistics.
 */

const page = pageFields(PAGE_SIZE_MAX)

export interface StudyFigureTotals {
  members: number
  /** Total minutes this year, and of them self study and 送学. */
  minutes: number
  selfMinutes: number
  deliveryMinutes: number
  /** Of `minutes`: studied remotely (远程在线党员学习会, 远程送学). */
  remoteMinutes: number
  /** Mean 学时 per member (one decimal). */
  meanHours: number
  belowTarget: number
}

export interface BranchStudyRow extends StudyFigureTotals {
  orgId: string
  name: string
}

export interface MemberStudyRow {
  memberId: string
  name: string
  orgName: string | null
  phoneMasked: string | null
  elder: boolean
  hours: number
  minutes: number
  selfMinutes: number
  deliveryMinutes: number
  /** Of `minutes`: 远程 (a remote study meeting attended, a remote delivery). */
  remoteMinutes: number
  targetHours: number
  targetLabel: string
  belowTarget: boolean
  /** The elder's helper (both 结对 links hold), else null. */
  helperName: string | null
}

export interface StudyFiguresResponse {
  year: number
  minutesPerHour: number
  org: { id: string; name: string }
  /** The targets table, for the screen's legend. */
  targets: Array<{ label: string; hours: number }>
  totals: StudyFigureTotals
  /** Committee (whole community): one row per branch. A branch: empty. */
  branches: BranchStudyRow[]
  /** A page of members (all, or only those below target). */
  members: MemberStudyRow[]
  nextCursor: string | null
}

export type MaterialStudyState = 'onTime' | 'late' | 'notStudied'

export interface MaterialStudyPerson {
  memberId: string
  name: string
  orgName: string | null
  phoneMasked: string | null
  elder: boolean
  helperName: string | null
  studiedMinutes: number
  /** The first day it counted (absent for study recorded before days were kept). */
  firstDay: string | null
  state: MaterialStudyState
}

export interface MaterialStudyStatsResponse {
  material: { id: string; title: string; kind: MaterialKind }
  /** The earliest due date among the assignments in the caller's scope. */
  dueDate: string
  /** Everyone the material is assigned to in scope, and how many studied it by the due date / later / not yet. */
  assigned: number
  onTime: number
  late: number
  notStudied: number
  people: MaterialStudyPerson[]
  nextCursor: string | null
}

export interface AssignedMaterialsResponse {
  items: Array<{ materialId: string; title: string; kind: MaterialKind; dueDate: string; targets: string[] }>
}

export const studyFigureActions = {
  studyFigures: defineAction<StudyFiguresResponse>()({
    request: {
      year: yearField.optional(),
      /** The committee may open one branch; a secretary's own branch is the default (and the only one). */
      orgId: id.optional(),
      belowOnly: z.boolean().default(false),
      ...page,
    },
    roles: MANAGERS,
    summary: '学习情况：本年度各支部和每名党员的学时与目标（32/56 学时）、自学与送学，未达标名单（含结对帮扶人）',
  }),

  assignedMaterials: defineAction<AssignedMaterialsResponse>()({
    request: { orgId: id.optional() },
    roles: MANAGERS,
    summary: '查看指派给本支部（社区党委：全社区或某支部）的学习资料及截止日期',
  }),

  materialStudyStats: defineAction<MaterialStudyStatsResponse>()({
    request: {
      materialId: id,
      orgId: id.optional(),
      state: z.enum(['notStudied', 'late', 'onTime', 'all']).default('notStudied'),
      ...page,
    },
    roles: MANAGERS,
    summary: '指派资料的学习情况：应学人数、截止前已学、逾期才学和未学名单（含结对帮扶人），分页',
  }),
}
