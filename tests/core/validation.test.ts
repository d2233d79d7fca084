import { z } from 'zod'
import { validationError } from '../../core/validation'

const schema = z
  .object({
    name: z.string().min(1).max(20),
    phone: z.string().regex(/^1\d{10}$/),
    age: z.number().int().min(0),
    kind: z.enum(['retired', 'employed']),
  })
  .strict()

function firstError(input: unknown) {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected a validation failure')
  return validationError(parsed.error)
}

const valid = { name: '张建国', phone: '13900000001', age: 70, kind: 'retired' }

describe('validationError', () => {
  it('names a missing field and says it is required, in Chinese', () => {
    const { name: _omitted, ...rest } = valid
    expect(firstError(rest)).toEqual({ code: 'COMMON.VALIDATION', field: 'name', message: 'name：必填' })
  })

  it('rejects unknown fields by name', () => {
    expect(firstError({ ...valid, role: 'admin' })).toMatchObject({
      code: 'COMMON.VALIDATION',
      field: 'role',
      message: '不允许的字段：role',
    })
  })

  it('explains wrong types, lengths, formats and enum values', () => {
    expect(firstError({ ...valid, age: '70' }).message).toBe('age：类型不正确（应为数字）')
    expect(firstError({ ...valid, name: 'x'.repeat(21) }).message).toBe('name：最多 20 个字')
    expect(firstError({ ...valid, phone: '12345' }).message).toBe('phone：格式不正确')
    expect(firstError({ ...valid, kind: 'boss' }).message).toBe('kind：取值无效，可选：retired / employed')
    expect(firstError({ ...valid, age: -1 }).message).toBe('age：不能小于 0')
  })

  it('uses a schema’s own Chinese message for a format rule', () => {
    const withMessage = z.object({ phone: z.string().regex(/^1\d{10}$/, '手机号应为 11 位数字，以 1 开头') }).strict()
    const parsed = withMessage.safeParse({ phone: '123' })
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(validationError(parsed.error).message).toBe('phone：手机号应为 11 位数字，以 1 开头')
  })

  it('treats an operator object in place of a string as a wrong type', () => {
    expect(firstError({ ...valid, name: { $gt: '' } })).toMatchObject({ field: 'name', message: 'name：类型不正确（应为文本）' })
  })
})
