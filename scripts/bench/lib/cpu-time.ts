import { readFileSync } from 'node:fs'

/**
 * CPU time a process has used so far (user + system, every thread), in ms: from /proc/<pid>/stat on
 * Linux (fields 14 and 15, in clock ticks of 10 ms), null elsewhere. Less noisy than wall time on a
 * shared machine: what a burst costs, not how long it waited.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}

/** This process's CPU time so far (user + system), in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
