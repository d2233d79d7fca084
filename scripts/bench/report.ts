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

/** How the function benchmarks time one case: this many untimed calls, then this many timed. */
export const CASE_WARMUP = 10
export const CASE_RUNS = 200

/** p50 / p95 of one case, timed the function benchmarks' way (CASE_WARMUP, then CASE_RUNS calls). */
export function timeCase(fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  return timeRuns(CASE_WARMUP, CASE_RUNS, fn)
}

/** Rounded to 0.1 (ms, s): how the tables show timings. */
export function tenths(x: number): number {
  return Math.round(x * 10) / 10
}

/** A table row of one timed case: its p50 and p95 in ms (to 0.1 ms) and a note. */
export function latencyRow(name: string, p: { p50: number; p95: number }, note = ''): BenchRow {
  return { case: name, 'p50 ms': tenths(p.p50), 'p95 ms': tenths(p.p95), note }
}

/** Prints the table, writes `.bench/<name>.json` and says where; the file's path. */
export function publishBench(name: string, title: string, rows: BenchRow[], raw?: unknown): string {
  console.table(rows)
  const file = writeBenchReport(name, title, rows, raw)
  console.log(`wrote ${file}`)
  return file
}

/** Runs a benchmark's main: a failure is printed and the process exits with 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
