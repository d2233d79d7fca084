import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * Beijing time whatever the host's TZ: core/time is run in child processes under four zones (UTC,
 * UTC−8 with daylight saving, Beijing itself, UTC+14) and must answer the same Beijing day, month,
 * year and wall time for an instant that is already the new year in Beijing but not yet in UTC.
 * Each child also reports its own local hour, which differs by zone: the zones really took effect.
 */
const ZONES = [
  { tz: 'UTC', localHour: 16 },
  { tz: 'America/Los_Angeles', localHour: 8 },
  { tz: 'Asia/Shanghai', localHour: 0 },
  { tz: 'Pacific/Kiritimati', localHour: 6 },
]

function probe(tz: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'time-probe.ts')], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  })
  return JSON.parse(out) as Record<string, unknown>
}

describe('Beijing time', () => {
  it.each(ZONES)('is the same in TZ=$tz', ({ tz, localHour }) => {
    expect(probe(tz)).toEqual({
      tz,
      localHour,
      day: '2027-01-01',
      month: '2027-01',
      year: 2027,
      shown: '2027-01-01 00:30',
      typed: '2026-12-31T16:30:00.000Z',
      rolledOver: null,
      months: ['2027-01', '2026-12', '2026-11'],
      noon: '2027-01-01T04:00:00.000Z',
    })
  })
})
