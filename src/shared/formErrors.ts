import type { AppError } from '@core/errors'

/** What a form shows after a failed submit: a message under each named field, or one for the form. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>
  general: string | null
}

export const NO_ERRORS: FormErrors<never> = { fields: {}, general: null }

/** Domain errors that are really about one field, though the server does not always name it. */
const FIELD_OF_CODE: Partial<Record<AppError['code'], string>> = {
  'MEMBER.PHONE_TAKEN': 'phone',
}

/**
 * COMMON.VALIDATION names the offending field (`error.field`); its message reads
 * `phone：手机号应为 11 位数字，以 1 开头`. The field name is taken from `error.field`, or from that
 * prefix when the transport did not pass `field` along, and the prefix is never shown to a person.
 */
export function toFormErrors<F extends string>(error: AppError, fields: readonly F[]): FormErrors<F> {
  const prefixed = /^([A-Za-z][\w.]*)：(.+)$/.exec(error.message)
  const field = error.field ?? FIELD_OF_CODE[error.code] ?? prefixed?.[1]
  const message = prefixed ? prefixed[2] : error.message
  if (field && (fields as readonly string[]).includes(field)) {
    return { fields: { [field]: friendly(message, field) } as Partial<Record<F, string>>, general: null }
  }
  return { fields: {}, general: message }
}

/** What a well-formed value looks like, for the validator's bare 「格式不正确」. */
const FORMAT_HINTS: Record<string, string> = {
  phone: '手机号应为 11 位数字，以 1 开头',
}

/** The validator's terse words, said the way a person would. */
function friendly(message: string, field: string): string {
  if (message === '必填' || message === '至少 1 个字') return '这一项必须填写'
  if (message === '格式不正确') return FORMAT_HINTS[field] ?? '格式不正确，请检查'
  return message
}
