/**
 * Judges the built mini-program (dist/weapp/) with WeChat's own tools, as `npm test` runs it after
 * `build:weapp`:
 *   1. miniprogram-ci `getCompiledResult`: compiles the package exactly as an upload would (WXML,
 *      WXSS, JSON, JS); any error rejects the build;
 *   2. miniprogram-ci `checkCodeQuality`: the code-quality scan of WeChat DevTools (package sizes,
 *      JS/WXML/WXSS minification, lazyCodeLoading, media size, misplaced or unused code); every item
 *      must pass;
 *   3. ES5: every .js of the package must parse as ECMAScript 5 (acorn, ecmaVersion 5) — older
 *      WeChat clients show a white screen on `?.`, `??`, arrows or spread, and the package is
 *      uploaded with es6: false, so nobody transpiles it later.
 * Offline: the project's attributes are WeChat's defaults instead of being fetched with the upload
 * key, and the key itself is a throwaway one generated here (neither call signs anything).
 * The package sizes the quality check reports are the ones the front-end benchmark and README show.
 *
 *   tsx scripts/weapp-check.ts [--dist dir] [--json file] [--report-only]
 * --report-only prints and writes the result but exits 0 (the benchmark's bare Taro baseline).
 */
import { Parser } from 'acorn'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')

export interface Es5Violation {
  file: string
  line: number
  column: number
  message: string
  /** The source around the offending token. */
  near: string
}

export interface QualityItem {
  name: string
  success: boolean
  text: string
  detail?: unknown
}

export interface WeappCheckResult {
  dist: string
  compiledFiles: number
  compiledBytes: number
  /** Package sizes in bytes from the quality check: `main` and each subpackage root. */
  packages: Record<string, number>
  quality: QualityItem[]
  es5: Es5Violation[]
  /** Empty when the build passes. */
  errors: string[]
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : jsFiles(full)
    return entry.name.endsWith('.js') ? [full] : []
  })
}

/** Every .js under `dir` that is not ECMAScript 5, with where and what. */
export function es5Violations(dir: string): Es5Violation[] {
  const found: Es5Violation[] = []
  for (const file of jsFiles(dir)) {
    const source = readFileSync(file, 'utf8')
    try {
      Parser.parse(source, { ecmaVersion: 5, sourceType: 'script', locations: true })
    } catch (error) {
      const { loc, pos } = error as { loc?: { line: number; column: number }; pos?: number }
      const at = pos ?? 0
      found.push({
        file: relative(dir, file),
        line: loc?.line ?? 0,
        column: loc?.column ?? 0,
        message: (error as Error).message,
        near: source.slice(Math.max(0, at - 40), at + 40),
      })
    }
  }
  return found
}

/** The quality check's package sizes under stable names: `main` and each subpackage root without '/'. */
export function packageSizes(quality: QualityItem[]): Record<string, number> {
  const item = quality.find((entry) => entry.name === 'PACKAGE_SIZE_LIMIT')
  const detail = (item?.detail ?? {}) as Record<string, number>
  return Object.fromEntries(Object.entries(detail).map(([name, bytes]) => [name === '__APP__' ? 'main' : name.replace(/\/$/, ''), bytes]))
}

export function failuresOf(result: Omit<WeappCheckResult, 'errors'>): string[] {
  const errors = result.quality.filter((item) => !item.success).map((item) => `代码质量 ${item.name}: ${item.text}`)
  for (const violation of result.es5) {
    errors.push(`ES5: ${violation.file}:${violation.line}:${violation.column} ${violation.message} — …${violation.near}…`)
  }
  if (!result.packages.main) errors.push('代码质量: no package sizes reported')
  return errors
}

/**
 * Runs `fn` with console output held back: miniprogram-ci narrates every step and logs the offline
 * fetch of its optional file-extension list as an error. The held lines are printed only when `fn` fails.
 */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const held: string[] = []
  const methods = ['log', 'info', 'warn', 'error'] as const
  const original = methods.map((method) => console[method])
  for (const method of methods) console[method] = (...parts: unknown[]) => void held.push(parts.map(String).join(' '))
  try {
    return await fn()
  } catch (error) {
    process.stderr.write(`${held.join('\n')}\n`)
    throw error
  } finally {
    methods.forEach((method, i) => (console[method] = original[i]))
  }
}

/** Compiles and checks `dist` with miniprogram-ci; throws when WeChat's compiler rejects it. */
export async function checkWeapp(dist: string): Promise<WeappCheckResult> {
  return quietly(() => compileAndCheck(dist))
}

async function compileAndCheck(dist: string): Promise<WeappCheckResult> {
  const ci = await import('miniprogram-ci')
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath: dist,
    privateKey,
    ignores: ['node_modules/**/*'],
  })
  // With a key, the project would fetch its real attributes from WeChat; the defaults are what an
  // unreleased mini-program gets (2 MB per package, 20 MB in all).
  ;(project as unknown as { _project: { attr: () => Promise<unknown> } })._project.attr = async () => ci.DefaultProjectAttr
  const compiled = await ci.getCompiledResult({
    project,
    version: '0.0.0',
    desc: 'weapp-check',
    setting: { useProjectConfig: true },
    onProgressUpdate: () => undefined,
  })
  const quality = (await ci.checkCodeQuality(project)) as QualityItem[]
  const partial = {
    dist,
    compiledFiles: Object.keys(compiled).length,
    compiledBytes: Object.values(compiled).reduce((sum, content) => sum + Buffer.byteLength(content), 0),
    packages: packageSizes(quality),
    quality: quality.map(({ name, success, text, detail }) => ({ name, success, text, detail })),
    es5: es5Violations(dist),
  }
  return { ...partial, errors: failuresOf(partial) }
}

function printResult(result: WeappCheckResult): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  console.log(`WeChat compile: ${result.compiledFiles} files, ${kb(result.compiledBytes)}`)
  console.log(
    `packages: ${Object.entries(result.packages)
      .map(([name, bytes]) => `${name} ${kb(bytes)}`)
      .join(', ')}`,
  )
  for (const item of result.quality) console.log(`  ${item.success ? '✓' : '✗'} ${item.name}${item.success ? '' : ` — ${item.text}`}`)
  console.log(result.es5.length ? `  ✗ ES5: ${result.es5.length} file(s) are not ES5` : '  ✓ ES5: every .js parses as ECMAScript 5')
}

async function main(args: string[]): Promise<number> {
  const option = (name: string) => {
    const at = args.indexOf(name)
    return at >= 0 ? args[at + 1] : undefined
  }
  const dist = resolve(option('--dist') ?? join(ROOT, 'dist', 'weapp'))
  const json = option('--json')
  const reportOnly = args.includes('--report-only')
  // miniprogram-ci leaves cache folders in the working directory: give it one of its own.
  const workDir = mkdtempSync(join(tmpdir(), 'honglin-weapp-check-'))
  const home = process.cwd()
  process.chdir(workDir)
  try {
    let result: WeappCheckResult
    try {
      result = await checkWeapp(dist)
    } catch (error) {
      console.error(
        `✗ WeChat's compiler rejected ${relative(home, dist) || dist}:\n${error instanceof Error ? error.message : JSON.stringify(error)}`,
      )
      return 1
    }
    printResult(result)
    if (json) {
      const out = resolve(home, json)
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
    }
    if (result.errors.length && !reportOnly) {
      console.error(`\n✗ weapp check failed:\n${result.errors.map((error) => `  ${error}`).join('\n')}`)
      return 1
    }
    return 0
  } finally {
    process.chdir(home)
    rmSync(workDir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  // miniprogram-ci keeps a compiler process and a file watcher alive: leave explicitly.
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
