import { annualTargetHours, creditableMinutes, deliveryId, intervalMinutes, studyHours, studyRecordId } from '../../core/study/rules'

describe('study time rules', () => {
  it('counts whole minutes of an interval, never negative', () => {
    expect(intervalMinutes(new Date('2026-11-01T01:00:00Z'), new Date('2026-11-01T01:12:59Z'))).toBe(12)
    expect(intervalMinutes(new Date('2026-11-01T01:00:00Z'), new Date('2026-11-01T00:59:00Z'))).toBe(0)
  })

  it('credits only what the daily cap still allows', () => {
    expect(creditableMinutes(25, 0)).toBe(25)
    expect(creditableMinutes(25, 50)).toBe(10)
    expect(creditableMinutes(25, 60)).toBe(0)
    expect(creditableMinutes(25, 70)).toBe(0)
  })

  it('turns minutes into 学时 of 45 minutes, rounded down to one decimal', () => {
    expect(studyHours(45)).toBe(1)
    expect(studyHours(44)).toBe(0.9)
    expect(studyHours(32 * 45)).toBe(32)
    expect(annualTargetHours('member')).toBe(32)
    expect(annualTargetHours('secretary')).toBe(56)
  })

  it('keys records by material, person, day and session, and deliveries by elder, material and day', () => {
    expect(studyRecordId('sm-1', 'm-1', '2026-11-28', 's1')).toBe('sm-1:m-1:2026-11-28:s1')
    expect(deliveryId('m-elder', 'sm-1', '2026-11-28')).toBe('dl:m-elder:sm-1:2026-11-28')
  })
})
