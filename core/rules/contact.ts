/**
 * 失联党员: a member the branch has not reached for 6 months or more (GLOSSARY). The last contact is
 * the latest relation-check confirmation; a member with none recorded counts from when they joined
 * the roster, so nobody is marked lost on the day they are added.
 */
export const LOST_CONTACT_MONTHS = 6

export function lostContactThreshold(now: Date): Date {
  const threshold = new Date(now.getTime())
  threshold.setUTCMonth(threshold.getUTCMonth() - LOST_CONTACT_MONTHS)
  return threshold
}

export function canMarkLostContact(lastContactAt: Date | null | undefined, createdAt: Date, now: Date): boolean {
  const since = lastContactAt ?? createdAt
  return since.getTime() <= lostContactThreshold(now).getTime()
}
