import { useState } from 'react'
import type { ImportReport } from '@core/contract'
import type { AppError } from '@core/errors'
import { pickSpreadsheet, saveFile, type PickedFile } from '../../services/files'
import { exportRoster, fetchRosterTemplate, importRoster } from '../../services/roster'

type Job = 'template' | 'check' | 'commit' | 'export' | null

const problem = (error: unknown): AppError => ({
  code: 'COMMON.INTERNAL',
  message: error instanceof Error ? error.message : '操作没有成功，请重试',
})

/**
 * 导入/导出: the template, checking a file (nothing written), writing it (clean, or only its valid
 * rows), and exporting the subtree. The file stays in memory between the check and the import, so
 * what is written is exactly what was checked.
 */
export function useRosterFiles() {
  const [job, setJob] = useState<Job>(null)
  const [file, setFile] = useState<PickedFile | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [exported, setExported] = useState<{ rows: number; fullPhones: boolean } | null>(null)

  const run = async (name: Job, work: () => Promise<void>) => {
    if (job) return
    setJob(name)
    setError(null)
    try {
      await work()
    } catch (caught) {
      setError(problem(caught))
    } finally {
      setJob(null)
    }
  }

  const check = async (picked: PickedFile) => {
    setFile(picked)
    setReport(null)
    const reply = await importRoster({ fileId: picked.fileId, commit: false })
    if (reply.ok) setReport(reply.data)
    else setError(reply.error)
  }

  return {
    job,
    file,
    report,
    error,
    exported,
    downloadTemplate: () =>
      run('template', async () => {
        const reply = await fetchRosterTemplate()
        if (!reply.ok) return setError(reply.error)
        await saveFile(reply.data)
      }),
    chooseAndCheck: () =>
      run('check', async () => {
        const picked = await pickSpreadsheet()
        if (picked) await check(picked)
      }),
    /** Check the same file again (after 重试). */
    recheck: () => run('check', async () => (file ? check(file) : undefined)),
    commit: (acceptValidRows: boolean) =>
      run('commit', async () => {
        if (!file) return
        const reply = await importRoster({ fileId: file.fileId, commit: true, acceptValidRows })
        if (reply.ok) setReport(reply.data)
        else setError(reply.error)
      }),
    startOver: () => {
      setFile(null)
      setReport(null)
      setError(null)
    },
    exportRoster: (fullPhones: boolean) =>
      run('export', async () => {
        setExported(null)
        const reply = await exportRoster({ fullPhones })
        if (!reply.ok) return setError(reply.error)
        await saveFile(reply.data)
        setExported({ rows: reply.data.rows, fullPhones })
      }),
  }
}
