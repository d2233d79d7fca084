/** One error code's HTTP status and the Chinese message a person sees. */
export interface ErrorEntry {
  status: number
  message: string
}

type CodesOf<T> = { [S in keyof T]: keyof T[S] }[keyof T] & string

/**
 * An area's error codes written once per HTTP status — `{ 409: { 'ACTIVITY.CLOSED': '消息' } }` — as the
 * `code → { status, message }` table core/errors.ts merges (the codes stay literal types).
 */
export function errorsByStatus<const T extends Record<number, Record<string, string>>>(byStatus: T): Record<CodesOf<T>, ErrorEntry> {
  const table: Record<string, ErrorEntry> = {}
  for (const [status, codes] of Object.entries(byStatus)) {
    for (const [code, message] of Object.entries(codes)) table[code] = { status: Number(status), message }
  }
  return table as Record<CodesOf<T>, ErrorEntry>
}
