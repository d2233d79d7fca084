/**
 * Front-end size and speed, against WeChat's limits and against a bare Taro React page built in the
 * same run (scripts/bench/baseline, copied to .bench/baseline):
 *   - weapp: main package, subpackages and total, as WeChat's own quality check reports them
 *     (scripts/weapp-check.ts, the check `npm test` runs; WeChat: 2 MB per package; our budget for the
 *     main package: 1 MB);
 *   - H5 first screen: the JavaScript the browser fetches until the home page shows its content,
 *     gzipped (budget 200 KB), and the time to that content in headless Chromium with 4× CPU slowdown,
 *     as a new visitor (cache disabled), median of RUNS loads.
 * `SKIP_BUILD=1` measures the dist/ folders as they are.
 * Run: npm run bench -- frontend   → prints a table, writes .bench/frontend.json
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../../tests/e2e/browser'
import { freePort, startLocalCloud } from '../../tests/e2e/local-cloud'
import type { WeappCheckResult } from '../weapp-check'
import { percentiles, publishBench, runBench, type BenchRow } from './report'

const ROOT = resolve(__dirname, '..', '..')
const BASELINE_SRC = join(__dirname, 'baseline')
const BASELINE = join(ROOT, '.bench', 'baseline')
const RUNS = 5
const CPU_SLOWDOWN = 4
const KB = 1024
const BUDGET = { weappMainKB: 1024, h5FirstScreenGzKB: 200 }
const PHONE = { viewport: { width: 375, height: 760 }, deviceScaleFactor: 2, locale: 'zh-CN' }

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`)
}

function build(): void {
  run('npx', ['taro', 'build', '--type', 'weapp'], ROOT)
  run('npx', ['taro', 'build', '--type', 'h5'], ROOT)
  rmSync(BASELINE, { recursive: true, force: true })
  cpSync(BASELINE_SRC, BASELINE, { recursive: true })
  // The same WeChat project settings (minification) as the app, so the sizes compare.
  cpSync(join(ROOT, 'project.config.json'), join(BASELINE, 'project.config.json'))
  run('npx', ['taro', 'build', '--type', 'weapp'], BASELINE)
  run('npx', ['taro', 'build', '--type', 'h5'], BASELINE)
}

interface WeappSizes {
  main: number
  subpackages: Record<string, number>
  total: number
  check: Pick<WeappCheckResult, 'quality' | 'es5' | 'errors'>
}

/** Package sizes as WeChat's quality check reports them, from the same check `npm test` runs. */
function weappSizes(dist: string, name: string): WeappSizes {
  const json = join(ROOT, '.bench', `weapp-check-${name}.json`)
  run('npx', ['tsx', join(ROOT, 'scripts', 'weapp-check.ts'), '--dist', dist, '--json', json, '--report-only'], ROOT)
  const result = JSON.parse(readFileSync(json, 'utf8')) as WeappCheckResult
  const { main, ...subpackages } = result.packages
  const total = Object.values(result.packages).reduce((sum, bytes) => sum + bytes, 0)
  return { main, subpackages, total, check: { quality: result.quality, es5: result.es5, errors: result.errors } }
}

/** Serves a built H5 folder (the baseline has no host of its own). */
async function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0].split('#')[0])
    const file = join(dir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  const port = await freePort()
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${port}`, server }
}

interface FirstScreen {
  ms: number[]
  jsGzBytes: number
  jsFiles: number
}

/**
 * Loads `url` RUNS times in fresh pages of `context` with the cache disabled and the CPU slowed,
 * timing from navigation to `readyText` on screen; counts the JavaScript fetched on the way, gzipped
 * (what a gzip-serving host would send) from the built files in `dist`.
 */
async function firstScreen(page: () => Promise<Page>, url: string, readyText: string, dist: string): Promise<FirstScreen> {
  const ms: number[] = []
  const scripts = new Set<string>()
  for (let i = 0; i < RUNS; i++) {
    const tab = await page()
    const cdp = await tab.context().newCDPSession(tab)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    tab.on('response', (response) => {
      const path = new URL(response.url()).pathname
      if (path.endsWith('.js')) scripts.add(path)
    })
    const start = Date.now()
    await tab.goto(url)
    await tab.getByText(readyText).first().waitFor({ timeout: 60_000 })
    ms.push(Date.now() - start)
    await tab.close()
  }
  const jsGzBytes = [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path)), { level: 9 }).length, 0)
  return { ms, jsGzBytes, jsFiles: scripts.size }
}

async function measureH5(browser: Browser): Promise<{ app: FirstScreen; baseline: FirstScreen }> {
  const cloud = await startLocalCloud()
  const baseline = await serveStatic(join(BASELINE, 'dist', 'h5'))
  try {
    // Signed in once, as the resident; every timed load then opens the home page as that person.
    const context = await browser.newContext(PHONE)
    const signIn = await context.newPage()
    await signIn.goto(cloud.url)
    await signIn.getByText('赵丽娜', { exact: true }).first().click()
    await signIn.getByText('您好，赵丽娜').waitFor()
    await signIn.close()
    const app = await firstScreen(() => context.newPage(), `${cloud.url}/#/pages/home/index`, '您好，赵丽娜', join(ROOT, 'dist', 'h5'))
    const bare = await browser.newContext(PHONE)
    const base = await firstScreen(() => bare.newPage(), baseline.url, '基准页面', join(BASELINE, 'dist', 'h5'))
    return { app, baseline: base }
  } finally {
    baseline.server.close()
    await cloud.stop()
  }
}

function checkSummary(sizes: WeappSizes): string {
  const passed = sizes.check.quality.filter((item) => item.success).length
  return `${passed}/${sizes.check.quality.length} passed, ES5 ${sizes.check.es5.length ? `✗ in ${sizes.check.es5.length} file(s)` : '✓'}`
}

async function main(): Promise<void> {
  if (!process.env.SKIP_BUILD) build()
  const app = weappSizes(join(ROOT, 'dist', 'weapp'), 'honglin')
  const bare = weappSizes(join(BASELINE, 'dist', 'weapp'), 'baseline')
  const browser = await launchBrowser()
  const h5 = await measureH5(browser).finally(() => browser.close())

  const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10
  const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10
  const within = (value: number, budget: number) => (value <= budget ? `≤ ${budget} KB ✓` : `> ${budget} KB ✗`)
  const appMs = percentiles(h5.app.ms)
  const baseMs = percentiles(h5.baseline.ms)
  const rows: BenchRow[] = [
    {
      measure: 'weapp main package',
      honglin: `${kb(app.main)} KB`,
      'bare Taro page': `${kb(bare.main)} KB`,
      ratio: ratio(app.main, bare.main),
      budget: within(kb(app.main), BUDGET.weappMainKB),
    },
    ...Object.entries(app.subpackages).map(([root, bytes]) => ({
      measure: `weapp subpackage ${root}`,
      honglin: `${kb(bytes)} KB`,
      'bare Taro page': '—',
      ratio: '—',
      budget: within(kb(bytes), 2048),
    })),
    {
      measure: 'weapp total',
      honglin: `${kb(app.total)} KB`,
      'bare Taro page': `${kb(bare.total)} KB`,
      ratio: ratio(app.total, bare.total),
      budget: '—',
    },
    {
      measure: 'weapp code quality (miniprogram-ci) + ES5',
      honglin: checkSummary(app),
      'bare Taro page': checkSummary(bare),
      ratio: '—',
      budget: app.check.errors.length ? `${app.check.errors.length} error(s) ✗` : 'no error ✓',
    },
    {
      measure: 'H5 first-screen JS (gzip)',
      honglin: `${kb(h5.app.jsGzBytes)} KB in ${h5.app.jsFiles} files`,
      'bare Taro page': `${kb(h5.baseline.jsGzBytes)} KB in ${h5.baseline.jsFiles} files`,
      ratio: ratio(h5.app.jsGzBytes, h5.baseline.jsGzBytes),
      budget: within(kb(h5.app.jsGzBytes), BUDGET.h5FirstScreenGzKB),
    },
    {
      measure: `H5 time to home content, ${CPU_SLOWDOWN}× CPU slowdown (p50 / p95)`,
      honglin: `${appMs.p50} / ${appMs.p95} ms`,
      'bare Taro page': `${baseMs.p50} / ${baseMs.p95} ms`,
      ratio: ratio(appMs.p50, baseMs.p50),
      budget: '—',
    },
  ]
  publishBench('frontend', `Front end: sizes and first screen vs a bare Taro React page (${RUNS} loads each)`, rows, {
    app,
    bare,
    h5,
  })
}

runBench(main)
