import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { signIn as signInTyped } from '../support/http'

const ROOT = resolve(__dirname, '..', '..')

export interface RunningCloud {
  url: string
  dataDir: string
  process: ChildProcess
  output(): string
  /** Graceful stop (SIGTERM). */
  stop(): Promise<void>
  /** Hard kill (SIGKILL), leaving the data directory as a crash would. */
  kill(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolvePort(port))
    })
  })
}

/**
 * Starts the real local cloud (`server/main.ts`, the process `npm start` runs) on a free port with
 * its own data directory. It serves the already-built H5 app and cloud functions.
 */
export async function startLocalCloud(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RunningCloud> {
  const port = await freePort()
  // A data directory that does not exist yet, as on a fresh checkout (no .localdb/).
  const tempRoot = options.dataDir ? null : mkdtempSync(join(tmpdir(), 'honglin-e2e-'))
  const dataDir = options.dataDir ?? join(tempRoot!, 'localdb')
  let output = ''
  // One process (node with tsx's loader), so SIGKILL hits the server itself, not a wrapper.
  // PROF_DIR=<dir> writes a V8 CPU profile of the host there (how README's cost profiles were taken).
  const profile = process.env.PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF_DIR}`] : []
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(ROOT, 'server', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, HONGLIN_CLOUD_URL: '', HONGLIN_CLOUD_ENV: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))

  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`local cloud exited early:\n${output}`)
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (up && /本地云已启动/.test(output)) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`local cloud did not start in time:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }

  const finish = async (signal: NodeJS.Signals, removeData: boolean) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
    if (removeData && tempRoot) rmSync(tempRoot, { recursive: true, force: true })
  }
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    stop: () => finish('SIGTERM', true),
    kill: () => finish('SIGKILL', false),
  }
}

type UntypedAnswer = { status: number; body: { ok: boolean; data?: any; error?: { code: string; message: string } } }

/**
 * The untyped HTTP caller `call(fn, action, data)` → `{ status, body }`, kept for scripts/bench (the
 * benchmarks are another area's). Tests use the typed `signIn` of tests/support.
 */
export async function signIn(
  url: string,
  openid: string,
): Promise<(fn: string, action: string, payload?: unknown) => Promise<UntypedAnswer>> {
  const { post } = await signInTyped(url, openid)
  return post as (fn: string, action: string, payload?: unknown) => Promise<UntypedAnswer>
}
