jest.mock('../../src/services/points', () => ({ fetchLeaderboard: jest.fn() }))

const { defaultPeriod } = require('../../src/features/points/useLeaderboard') as typeof import('../../src/features/points/useLeaderboard')

/** Beijing 「YYYY-MM-DD HH:mm」 → epoch ms. */
const beijing = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00+08:00`)

describe('积分排行 opens on a tab that has people in it', () => {
  it('本月 from the 8th; 本年 in the first week of a month; 累计 in the first week of January (Beijing days)', () => {
    expect(defaultPeriod(beijing('2026-12-08 00:05'))).toBe('month')
    expect(defaultPeriod(beijing('2026-12-31 23:59'))).toBe('month')
    expect(defaultPeriod(beijing('2026-12-01 08:00'))).toBe('year')
    expect(defaultPeriod(beijing('2026-12-07 23:59'))).toBe('year')
    expect(defaultPeriod(beijing('2027-01-03 10:00'))).toBe('all')
    // 2026-11-30 20:00 UTC is already December 1st in Beijing.
    expect(defaultPeriod(Date.parse('2026-11-30T20:00:00Z'))).toBe('year')
  })
})
