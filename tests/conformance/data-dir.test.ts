/**
 * A data directory written by another Postgres major version is moved aside (kept), and a fresh one
 * opens; the current version's directory opens as it is and keeps its data. PGlite cannot start
 * inside a jest test file (no --experimental-vm-modules), so the opening runs in a child process.
 */
import { execFileSync } from 'child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs'
import { tmpdir } from 'os'
import { join, resolve } from 'path'
import { PG_MAJOR, prepareDataDir } from '../../server/db/data-dir'

const ROOT = resolve(__dirname, '../..')

function openAndRun(dir: string, sql: string): unknown {
  const script = `
    const { createDatabaseService } = require('./server/db')
    void (async () => {
    const db = await createDatabaseService({ dataDir: ${JSON.stringify(dir)} })
    const out = []
    for (const s of ${JSON.stringify(sql.split(';'))}) out.push(await db.sql(s))
    await db.close()
    console.log(JSON.stringify(out.at(-1)))
    })()`
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['--eval', script], { cwd: ROOT, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

it('moves an older Postgres directory aside, keeping its files, and opens a new one that keeps its data', () => {
  const root = mkdtempSync(join(tmpdir(), 'honglin-datadir-'))
  const dir = join(root, 'pg')
  mkdirSync(dir)
  writeFileSync(join(dir, 'PG_VERSION'), '16\n')
  writeFileSync(join(dir, 'keep.txt'), 'old data')
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  const { movedTo } = prepareDataDir(dir)
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('已移至'))
  warn.mockRestore()
  expect(movedTo).toMatch(/pg\.pg16-\d+$/)
  expect(readFileSync(join(movedTo!, 'keep.txt'), 'utf8')).toBe('old data')
  expect(readdirSync(dir)).toEqual([])

  expect(openAndRun(dir, 'CREATE TABLE t (n int);INSERT INTO t VALUES (7);SELECT n FROM t')).toEqual([{ n: 7 }])
  expect(readFileSync(join(dir, 'PG_VERSION'), 'utf8').trim()).toBe(PG_MAJOR)
  expect(prepareDataDir(dir)).toEqual({})
  expect(openAndRun(dir, 'SELECT n FROM t')).toEqual([{ n: 7 }])
}, 60_000)
