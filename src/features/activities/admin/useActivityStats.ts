import { useState } from 'react'
import { toBeijing } from '@core/time'
import { useLoad } from '../../../shared/useLoad'
import { fetchActivityStats } from '../../../services/activities'

/** 活动统计 of one Beijing calendar year (this year first). */
export function useActivityStats() {
  const thisYear = toBeijing(Date.now()).year()
  const [year, setYear] = useState(thisYear)
  const stats = useLoad(`activity-stats:${year}`, () => fetchActivityStats(year))
  return { year, setYear, years: [thisYear, thisYear - 1], stats }
}
