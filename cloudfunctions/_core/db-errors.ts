/**
 * The cloud database answers an insert with an existing `_id` (or a unique-index clash) with an error
 * whose message carries MongoDB's "duplicate key" (E11000). Deterministic ids turn that into
 * idempotency: the second writer learns the document is already there.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  return /duplicate key|E11000/i.test(errorText(error))
}

/** Which unique index clashed: "phone" for the roster's phone index, "_id" otherwise. */
export function duplicateKeyField(error: unknown): 'phone' | '_id' {
  return /phone/.test(errorText(error)) ? 'phone' : '_id'
}

/** What the SDK put in a rejection: an Error (message, errMsg) or a plain reply object. */
function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.message} ${(error as { errMsg?: string }).errMsg ?? ''}`
  return typeof error === 'object' && error ? JSON.stringify(error) : String(error)
}
