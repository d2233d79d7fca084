/**
 * The cloud database answers an insert with an existing `_id` (or a unique-index clash) with an error
 * whose message carries MongoDB's "duplicate key" (E11000). Deterministic ids turn that into
 * idempotency: the second writer learns the document is already there.
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

/** Which unique index clashed: "phone" for the roster's phone index, "_id" otherwise. */
export function duplicateKeyField(error: unknown): 'phone' | '_id' {
  const text = error instanceof Error ? error.message : JSON.stringify(error)
  return /phone/.test(text) ? 'phone' : '_id'
}
