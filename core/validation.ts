import type { z } from 'zod'
import { appError, type AppError } from './errors'

/**
 * Turns the first zod issue into COMMON.VALIDATION with the field's dotted path and a Chinese
 * message a person can act on. Unknown fields (strict schemas) are named as such.
 */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0]
  const path = issue.path.join('.')
  if (issue.code === 'unrecognized_keys') {
    const field = path ? `${path}.${issue.keys[0]}` : issue.keys[0]
    return appError('COMMON.VALIDATION', `不允许的字段：${field}`, field)
  }
  return appError('COMMON.VALIDATION', `${path || '请求'}：${describeIssue(issue)}`, path || undefined)
}

function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '必填' : `类型不正确（应为${TYPE_LABELS[issue.expected] ?? issue.expected}）`
    case 'too_small':
      return boundText(issue.type, issue.minimum, ['至少', '不能小于'])
    case 'too_big':
      return boundText(issue.type, issue.maximum, ['最多', '不能大于'])
    case 'invalid_enum_value':
      return `取值无效，可选：${issue.options.join(' / ')}`
    case 'invalid_string':
      return hasChinese(issue.message) ? issue.message : '格式不正确'
    case 'not_finite':
    case 'invalid_literal':
    case 'invalid_union':
    case 'invalid_union_discriminator':
      return '取值无效'
    default:
      return hasChinese(issue.message) ? issue.message : '取值无效'
  }
}

/** A schema's own message is used when it was written for people (in Chinese). */
function hasChinese(message: string | undefined): message is string {
  return !!message && /[\u4e00-\u9fff]/.test(message)
}

const TYPE_LABELS: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  date: '日期',
}

/** 「至少 2 个字」「最多 3 项」「不能小于 0」: a length bound for text and lists, a value bound otherwise. */
function boundText(type: string, bound: number | bigint, [count, value]: [string, string]): string {
  if (type === 'string') return `${count} ${bound} 个字`
  if (type === 'array') return `${count} ${bound} 项`
  return `${value} ${bound}`
}
