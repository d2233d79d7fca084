import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * Every benchmark writes `.bench/<name>.json`: a title, table rows (column → value) and its raw data.
 * `npm run bench` (scripts/bench/index.ts) gathers them into one table.
 */
export const BENCH_DIR = resolve(__dirname, '..', '..', '.bench')

export type BenchRow = Record<string, string | number>

export interface BenchReport {
  name: string
  title: string
  when: string
  machine: string
  rows: BenchRow[]
  raw?: unknown
}

export function machineDescription(): string {
  const list = cpus()
  return `${list.length} × ${list[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`
}

export function writeBenchReport(name: string, title: string, rows: BenchRow[], raw?: unknown): string {
  mkdirSync(BENCH_DIR, { recursive: true })
  const report: BenchReport = { name, title, when: new Date().toISOString(), machine: machineDescription(), rows, raw }
  const file = join(BENCH_DIR, `${name}.json`)
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  return file
}

/** Median and 95th percentile of timings in ms, rounded to 0.01 ms. */
export function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] * 100) / 100
  return { p50: at(0.5), p95: at(0.95) }
}

/**
 * p50 / p95 in ms of `runs` calls of `fn(i)`, after `warmup` calls that are not timed; `beforeTiming`
 * runs between the two (e.g. a garbage collection).
 */
export async function timeRuns(
  warmup: number,
  runs: number,
  fn: (i: number) => Promise<unknown>,
  beforeTiming?: () => void,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn(i)
  beforeTiming?.()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    await fn(i)
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return percentiles(samples)
}
