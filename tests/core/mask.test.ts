import { maskName, maskPhone } from '../../core/mask'

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
  })
  it('hides anything that is not an 11-digit number entirely', () => {
    expect(maskPhone('0551-1234567')).toBe('****')
  })
  it('returns null when there is no phone', () => {
    expect(maskPhone('')).toBeNull()
    expect(maskPhone(null)).toBeNull()
  })
})

describe('maskName', () => {
  it('masks the middle of a three-character name', () => {
    expect(maskName('张三明')).toBe('张*明')
  })
  it('masks the second character of a two-character name', () => {
    expect(maskName('李华')).toBe('李*')
  })
  it('masks every middle character of a longer name', () => {
    expect(maskName('欧阳春晓')).toBe('欧**晓')
  })
})
