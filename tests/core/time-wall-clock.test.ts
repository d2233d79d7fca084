import { beijingDay, beijingMonth, beijingYear, formatBeijing, toBeijing } from '../../core/time'

/**
 * core/time reads an instant's Beijing calendar from UTC+8 from 1992 on (no tz() call) and through
 * dayjs' tz() before: both must give what tz() gives, for every pattern the screens use, around
 * midnight and the turn of a month and a year, and in 1986–1991 when Beijing kept daylight saving.
 */
const PATTERNS = ['YYYY-MM-DD HH:mm', 'M月D日 HH:mm', 'MM-DD HH:mm', 'HH:mm', 'YYYY年M月D日', 'M', 'D', 'ddd']
const HOUR = 3_600_000

function instants(): number[] {
  const out: number[] = []
  // Every hour across Beijing's new year 2027, and the last daylight-saving summer (1991).
  for (const start of [Date.UTC(2026, 11, 31, 0), Date.UTC(1991, 3, 13, 0), Date.UTC(1991, 8, 14, 0)])
    for (let h = 0; h < 48; h++) out.push(start + h * HOUR, start + h * HOUR + 59 * 60_000)
  // Spread over 1980–2100, deterministic.
  let seed = 7
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    out.push(Date.UTC(1980, 0, 1) + Math.floor((seed / 2 ** 31) * (Date.UTC(2100, 0, 1) - Date.UTC(1980, 0, 1))))
  }
  return out
}

describe('the Beijing wall clock of core/time', () => {
  it('answers what tz() (toBeijing) answers, before and after 1992', () => {
    const wrong: string[] = []
    for (const ms of instants()) {
      const tz = toBeijing(ms)
      const expected = [tz.format('YYYY-MM-DD'), tz.format('YYYY-MM'), tz.year(), ...PATTERNS.map((p) => tz.format(p))]
      const actual = [
        beijingDay(ms),
        beijingMonth(new Date(ms)),
        beijingYear(new Date(ms).toISOString()),
        ...PATTERNS.map((p) => formatBeijing(ms, p)),
      ]
      if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${new Date(ms).toISOString()}: ${actual} ≠ ${expected}`)
    }
    expect(wrong).toEqual([])
  })

  it('shows daylight saving where Beijing kept it (1991-07-01 00:30 UTC was 09:30 there)', () => {
    expect(formatBeijing(Date.UTC(1991, 6, 1, 0, 30))).toBe('1991-07-01 09:30')
    expect(formatBeijing(Date.UTC(2026, 6, 1, 0, 30))).toBe('2026-07-01 08:30')
  })
})
