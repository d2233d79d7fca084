/**
 * `npm run bench [-- name …]`: runs each benchmark (scripts/bench/<name>.ts) in its own process, one
 * after another so they do not compete for the 2 cores, then prints one table per benchmark and
 * writes .bench/results.json and .bench/results.md (the README shows the latest).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BENCH_DIR, machineDescription, type BenchReport, type BenchRow } from './report'

const HERE = __dirname
const available = readdirSync(HERE)
  .filter((file) => file.endsWith('.ts') && !['index.ts', 'report.ts'].includes(file))
  .map((file) => file.replace(/\.ts$/, ''))
const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const names = requested.length ? requested : available

const reports: BenchReport[] = []
for (const name of names) {
  if (!available.includes(name)) throw new Error(`没有名为 ${name} 的基准测试（可选：${available.join(', ')}）`)
  console.log(`\n▶ ${name}`)
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, `${name}.ts`)], {
    stdio: 'inherit',
    env: { ...process.env, TENCENTCLOUD: 'true' },
  })
  if (run.status !== 0) throw new Error(`基准测试 ${name} 失败（退出码 ${run.status}）`)
  reports.push(JSON.parse(readFileSync(join(BENCH_DIR, `${name}.json`), 'utf8')) as BenchReport)
}

const markdown = [`Machine: ${machineDescription()} — ${new Date().toISOString().slice(0, 10)}`, ...reports.map(toMarkdown)].join('\n\n')
writeFileSync(join(BENCH_DIR, 'results.md'), `${markdown}\n`)
writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify({ machine: machineDescription(), reports }, null, 2)}\n`)
console.log(`\n${markdown}\n\nwrote .bench/results.md and .bench/results.json`)

function toMarkdown(report: BenchReport): string {
  const columns = [...new Set(report.rows.flatMap((row: BenchRow) => Object.keys(row)))]
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`
  return [
    `**${report.title}**`,
    '',
    line(columns),
    line(columns.map(() => '---')),
    ...report.rows.map((row) => line(columns.map((column) => row[column] ?? ''))),
  ].join('\n')
}
