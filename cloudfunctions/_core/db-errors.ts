/**
 * The cloud database answers an insert with an existing `_id` (or a unique-index clash) with an error
 * whose message carries MongoDB's "duplicate key" (E11000). Deterministic ids turn that into
 * idempotency: the second writer learns the document is already there.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return /duplicate key|E11000/i.test(errorText(error))
}

/** The text of an SDK rejection, whatever its shape (Error with errMsg, raw `{ code, message }`, string). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.message} ${(error as { errMsg?: string }).errMsg ?? ''}`
  if (typeof error === 'object' && error) return JSON.stringify(error)
  return String(error)
}

/** Which unique index clashed: "phone" for the roster's phone index, "_id" otherwise. */
export function duplicateKeyField(error: unknown): 'phone' | '_id' {
  return /phone/.test(errorText(error)) ? 'phone' : '_id'
}
