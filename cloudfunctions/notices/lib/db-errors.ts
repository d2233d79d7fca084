/**
 * An insert with an existing `_id` fails with MongoDB's "duplicate key" (E11000). Receipts and
 * notices have deterministic ids, so that error means "already there": the retry changes nothing.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.message} ${(error as { errMsg?: string }).errMsg ?? ''}`
      : typeof error === 'object' && error
        ? JSON.stringify(error)
        : String(error)
  return /duplicate key|E11000/i.test(text)
}
