import type { Role } from '../roles'

/**
 * The annual 学时 targets, as a table: who a row is for (the roles whose people it applies to), how
 * many 学时 a year, and the words managers see. 32 学时 for members; 56 for branch secretaries and
 * the committee (who lead the study). One row per kind of person; the first row whose roles hold the
 * person's role applies, the last row (members) applies to everyone else on the roster.
 */
export const STUDY_TARGETS = [
  { key: 'leader', roles: ['secretary', 'admin'] as readonly Role[], hours: 56, label: '支部书记、社区党委委员' },
  { key: 'member', roles: ['member'] as readonly Role[], hours: 32, label: '党员' },
] as const

export type StudyTargetKey = (typeof STUDY_TARGETS)[number]['key']

/** The row that applies to a person of this role (members for anyone not named). */
export function studyTargetOf(role: string): (typeof STUDY_TARGETS)[number] {
  return STUDY_TARGETS.find((row) => row.roles.includes(role as Role)) ?? STUDY_TARGETS[STUDY_TARGETS.length - 1]
}

/** The annual target in minutes (1 学时 = `minutesPerHour` minutes). */
export function targetMinutesOf(role: string, minutesPerHour: number): number {
  return studyTargetOf(role).hours * minutesPerHour
}

/** Below target when the year's minutes have not reached the target's minutes. */
export function isBelowTarget(minutes: number, role: string, minutesPerHour: number): boolean {
  return minutes < targetMinutesOf(role, minutesPerHour)
}
