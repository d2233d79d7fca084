/**
 * Error codes of the whole contract: `AREA.REASON`. Each code has the Chinese message a person sees
 * and the HTTP status the local host answers with. Expected failures are returned as values with one
 * of these codes; anything unexpected becomes COMMON.INTERNAL and never leaks detail.
 */
export const ERROR_CODES = {
  'COMMON.VALIDATION': { status: 400, message: '提交的内容有误，请检查后再试' },
  'COMMON.UNKNOWN_ACTION': { status: 404, message: '不支持的操作' },
  'COMMON.UNAUTHENTICATED': { status: 401, message: '请先登录' },
  'COMMON.FORBIDDEN': { status: 403, message: '没有权限进行此操作' },
  'COMMON.NOT_FOUND': { status: 404, message: '内容不存在或已删除' },
  'COMMON.CONFLICT': { status: 409, message: '数据已被他人修改，请刷新后再试' },
  'COMMON.INTERNAL': { status: 500, message: '系统繁忙，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERROR_CODES

export interface AppError {
  code: ErrorCode
  message: string
  /** For COMMON.VALIDATION: the dotted path of the first offending field. */
  field?: string
  requestId?: string
}

export function appError(code: ErrorCode, message?: string, field?: string): AppError {
  const error: AppError = { code, message: message ?? ERROR_CODES[code].message }
  if (field !== undefined) error.field = field
  return error
}

export function httpStatusOf(code: string): number {
  return (ERROR_CODES as Record<string, { status: number }>)[code]?.status ?? 500
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ERROR_CODES
}
