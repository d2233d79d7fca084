/**
 * Errors answered to the SDK. The SDK turns `{ code, message }` in a 200 reply into a rejected
 * promise; wx-server-sdk maps `code` through its TCB_ERR_CODE table to the numeric errCode callers
 * see (DATABASE_REQUEST_FAILED → -502001, DATABASE_COLLECTION_NOT_EXIST → -502005, …).
 */
export type DbErrorCode =
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_INVALID_OPERRATOR'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'INVALID_PARAM'
  | 'SYS_ERR'

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export const invalid = (message: string) => new DbError('INVALID_PARAM', message)
export const badOperator = (message: string) => new DbError('DATABASE_INVALID_OPERRATOR', message)
export const collectionNotExists = (name: string) =>
  new DbError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}. database collection not exists`)

/**
 * The cloud's write conflict. Where a caller meets it (read in the shipped sources):
 * - @cloudbase/database 1.4.3 dist/commonjs/const/code.js ERRORS.DATABASE_TRANSACTION_CONFLICT
 *   ('database transaction conflict'); transaction/index.js runTransaction retries the callback
 *   (3 times by default) only when the rejection's raw `code` is that string — which is the case only
 *   for `commit()`, whose Transaction.commit throws the reply itself;
 * - wx-server-sdk 4.0.2 index.js, src/api/cloud/provider/tcb/config/error.config.ts (TCB_ERR_CODE)
 *   has no entry for it, so a conflict answered to an in-transaction doc().update()/set()/remove()/
 *   get() goes through checkError/maybeTransformError (src/api/database/.../error-checker) and rejects
 *   as errCode -501001 (SYS_ERR) with this message: never retried by the SDK;
 * - docs.cloudbase.net/error-code/DATABASE_TRANSACTION_CONFLICT: "多个事务同时操作相同数据导致冲突",
 *   to be retried by the caller with backoff.
 */
export const transactionConflict = (collection: string, id: string) =>
  new DbError(
    'DATABASE_TRANSACTION_CONFLICT',
    `database transaction conflict: WriteConflict on ${collection}/${id}, written by another transaction; this transaction is aborted, retry it`,
  )
