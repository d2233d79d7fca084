import { useState } from 'react'
import { beijingYear } from '@core/time'
import { saveFile } from '../../../services/files'
import { exportYearlyRecord, fetchYearlyRecord } from '../../../services/activities'
import { afterOk } from '../../../shared/outcome'
import { useLoad } from '../../../shared/useLoad'
import { useWrite } from '../../../shared/useWrite'

/**
 * The yearly 台账 of one branch (the committee picks which — or arrives with it from 数据看板's link; a secretary
 * has their own), and its .xlsx.
 */
export function useYearlyRecord(initialOrgId?: string) {
  const [year, setYear] = useState(() => beijingYear(Date.now()))
  const [orgId, setOrgId] = useState<string | undefined>(initialOrgId || undefined)
  const loaded = useLoad(`${year}:${orgId ?? ''}`, () => fetchYearlyRecord(year, orgId))
  const write = useWrite()
  const download = () =>
    write.run(async () => afterOk(await exportYearlyRecord(year, loaded.data?.orgId ?? orgId), async (file) => saveFile(file)), 'export')
  return { ...loaded, year, setYear, orgId: loaded.data?.orgId ?? orgId, setOrgId, download, busy: write.busyWith }
}
