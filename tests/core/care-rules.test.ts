import { birthdayParts, scopeKeysOf, sharesKey } from '../../core/care/scope'

describe('care scope keys', () => {
  it('are the org path plus the building, so a branch, a group and a building each find the record', () => {
    const keys = scopeKeysOf(['org-committee', 'org-gb', 'org-b1', 'org-b1-g2'], '琼林苑3栋')
    expect(keys).toEqual(['org-committee', 'org-gb', 'org-b1', 'org-b1-g2', 'b:琼林苑3栋'])
    expect(sharesKey(keys, ['org-b1'])).toBe(true)
    expect(sharesKey(keys, ['b:琼林苑3栋'])).toBe(true)
    expect(sharesKey(keys, ['org-b2', 'b:琼林苑1栋'])).toBe(false)
    expect(scopeKeysOf(['org-committee'], '')).toEqual(['org-committee'])
  })
})

describe('birthdays', () => {
  it('take real days of the year (29 February included) and refuse the rest', () => {
    expect(birthdayParts('03-15')).toEqual({ birthday: '03-15', birthMonth: 3 })
    expect(birthdayParts('02-29')).toEqual({ birthday: '02-29', birthMonth: 2 })
    for (const bad of ['02-30', '13-01', '00-10', '04-31', '4-1', '2026-03-15']) expect(birthdayParts(bad)).toBeNull()
  })
})
