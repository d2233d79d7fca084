import { beijingDay, formatBeijing } from '../../core/time'

describe('Beijing time', () => {
  it('puts 00:30 Beijing time on that Beijing day even though it is the previous day in UTC', () => {
    const instant = new Date('2026-11-20T16:30:00Z') // 2026-11-21 00:30 in Beijing
    expect(beijingDay(instant)).toBe('2026-11-21')
    expect(formatBeijing(instant)).toBe('2026-11-21 00:30')
  })

  it('does not depend on the TZ of the process', () => {
    expect(process.env.TZ === undefined || typeof process.env.TZ === 'string').toBe(true)
    expect(formatBeijing(Date.UTC(2026, 0, 1, 0, 0), 'YYYY-MM-DD HH:mm')).toBe('2026-01-01 08:00')
  })
})
