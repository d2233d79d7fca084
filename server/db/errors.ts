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
