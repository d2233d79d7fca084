import { toDate } from '../../../core/time'

/** A stored activity's instants as Dates (the rules compare them; some hosts hand back ISO strings). */
export function timesOfDoc<
  T extends { startAt: Date; endAt: Date; signUpOpensAt: Date | null; signUpClosesAt: Date | null; cancelDeadline: Date | null },
>(doc: T): T {
  return {
    ...doc,
    startAt: toDate(doc.startAt)!,
    endAt: toDate(doc.endAt)!,
    signUpOpensAt: toDate(doc.signUpOpensAt),
    signUpClosesAt: toDate(doc.signUpClosesAt),
    cancelDeadline: toDate(doc.cancelDeadline),
  }
}
