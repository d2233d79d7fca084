/** Dates come back from the SDK as Date (or, through some hosts, as ISO strings); the contract says ISO. */
export function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export function iso(value: Date | string | null | undefined): string | null {
  return toDate(value)?.toISOString() ?? null
}

export function isoOf(value: Date | string | null | undefined): string {
  return iso(value) ?? new Date(0).toISOString()
}

/** A stored activity's instants as Dates (the rules compare them). */
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
