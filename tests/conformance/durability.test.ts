/**
 * Acknowledged writes survive `kill -9` of the server; abandoned transactions are rolled back.
 * Each case runs the database server in a child process (its own PGlite, its own data directory).
 */
import { spawn, type ChildProcess } from 'child_process'
import { mkdtempSync, rmSync } from 'fs'
import { tmpdir } from 'os'
import path from 'path'

type Cloud = typeof import('wx-server-sdk')

const root = path.resolve(__dirname, '../..')
const child = path.join(__dirname, 'fixtures/db-server-child.ts')

function startServer(env: Record<string, string>): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx CLI: the CLI is a wrapper process, and SIGKILL must hit the server itself.
    const proc = spawn(process.execPath, ['--import', 'tsx', child], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000)
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /READY (\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ proc, url: m[1] })
      }
    })
    proc.stderr!.on('data', (c: Buffer) => (err += c.toString()))
    proc.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}: ${err}`))
    })
  })
}

function killHard(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.removeAllListeners('exit')
    proc.once('exit', () => resolve())
    proc.kill('SIGKILL')
  })
}

/** A fresh copy of wx-server-sdk per server: a second cloud.init() on the same copy is a no-op. */
function sdkFor(url: string, env: string) {
  process.env.TENCENTCLOUD = 'true'
  let cloud!: Cloud
  jest.isolateModules(() => {
    cloud = require('wx-server-sdk') as Cloud
  })
  cloud.init({ env, secretId: 'local', secretKey: 'local', serviceUrl: url } as Parameters<Cloud['init']>[0])
  return cloud.database({ env }) as any
}

jest.setTimeout(60_000)

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

it('acknowledged writes survive kill -9 and a restart', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'honglin-db-'))
  dirs.push(dataDir)
  const env = 'durable'
  const first = await startServer({ DATA_DIR: dataDir, SETUP_ENV: env })
  const db = sdkFor(first.url, env)
  const _ = db.command
  await db.collection('users').add({ data: { _id: 'u1', n: 1, at: new Date(123) } })
  await db.collection('users').add({ data: Array.from({ length: 50 }, (_x, i) => ({ _id: `bulk${i}`, i })) as any })
  await db
    .collection('users')
    .doc('u1')
    .update({ data: { n: _.inc(41) } })
  await db.runTransaction(async (tx: any) => {
    await tx
      .collection('users')
      .doc('tx1')
      .set({ data: { ok: true } })
  })
  await db.collection('users').doc('bulk0').remove()
  await killHard(first.proc)

  const second = await startServer({ DATA_DIR: dataDir })
  try {
    const db2 = sdkFor(second.url, env)
    const u1 = (await db2.collection('users').doc('u1').get()).data
    expect(u1.n).toBe(42)
    expect(u1.at).toEqual(new Date(123))
    expect((await db2.collection('users').doc('tx1').get()).data.ok).toBe(true)
    expect(
      (
        await db2
          .collection('users')
          .where({ i: db2.command.gte(0) })
          .count()
      ).total,
    ).toBe(49)
    // The manifest's unique indexes are still there after recovery.
    await db2.collection('residents').add({ data: { openid: 'same' } })
    await expect(db2.collection('residents').add({ data: { openid: 'same' } })).rejects.toMatchObject({ errCode: -502001 })
  } finally {
    await killHard(second.proc)
  }
})

it('a transaction whose client vanishes is rolled back after the time limit', async () => {
  const env = 'txtimeout'
  const server = await startServer({ TX_TIMEOUT_MS: '400', SETUP_ENV: env })
  try {
    const db = sdkFor(server.url, env)
    const tx: any = await db.startTransaction()
    await tx
      .collection('users')
      .doc('orphan')
      .set({ data: { v: 1 } })
    // A plain request never waits for it and never sees its write.
    const started = Date.now()
    const { total } = await db.collection('users').where({ v: 1 }).count()
    expect(total).toBe(0)
    expect(Date.now() - started).toBeLessThan(250)
    await new Promise((r) => setTimeout(r, 500))
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: expect.stringContaining('seconds') })
    expect((await db.collection('users').where({ v: 1 }).count()).total).toBe(0)
    await expect(tx.collection('users').doc('orphan').get()).rejects.toBeTruthy()
  } finally {
    await killHard(server.proc)
  }
})
