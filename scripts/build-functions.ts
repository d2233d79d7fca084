/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts, with core/ and _core/ inside and
 * wx-server-sdk outside) into a deployable folder: build/cloudfunctions/<name>/{index.js,package.json,config.json}.
 * project.config.json's cloudfunctionRoot points at build/cloudfunctions/, so WeChat DevTools uploads these.
 */
import { build } from 'esbuild'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..')
const SOURCE = join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = join(ROOT, 'build', 'cloudfunctions')
const SDK_VERSION = '4.0.2'

export function functionNames(): string[] {
  return readdirSync(SOURCE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && existsSync(join(SOURCE, entry.name, 'index.ts')))
    .map((entry) => entry.name)
}

export async function buildFunctions(): Promise<string[]> {
  const names = functionNames()
  rmSync(FUNCTIONS_OUT, { recursive: true, force: true })
  await Promise.all(names.map(buildOne))
  return names
}

async function buildOne(name: string): Promise<void> {
  const outDir = join(FUNCTIONS_OUT, name)
  mkdirSync(outDir, { recursive: true })
  await build({
    entryPoints: [join(SOURCE, name, 'index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
  })
  writeFileSync(
    join(outDir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': SDK_VERSION } }, null, 2)}\n`,
  )
  cpSync(join(SOURCE, name, 'config.json'), join(outDir, 'config.json'))
}

if (require.main === module) {
  buildFunctions()
    .then((names) => console.log(`cloud functions built → build/cloudfunctions/ (${names.join(', ')})`))
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
