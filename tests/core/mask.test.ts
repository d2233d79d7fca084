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
  it.each([
    ['the middle of a three-character name', '张三明', '张*明'],
    ['the second character of a two-character name', '李华', '李*'],
    ['every middle character of a longer name', '欧阳春晓', '欧**晓'],
  ])('masks %s', (_, name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})
