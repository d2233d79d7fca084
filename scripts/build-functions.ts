/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts, with core/ and _core/ inside and
 * its runtime dependencies outside) into a deployable folder: build/cloudfunctions/<name>/{index.js,package.json,config.json}.
 * config.json is written from the function's deploy.ts (the one declared source, see
 * _core/deploy-manifest.ts). project.config.json's cloudfunctionRoot points at build/cloudfunctions/,
 * so WeChat DevTools and `npm run deploy` upload these.
 */
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { devtoolsConfigOf, FUNCTION_RUNTIMES, type FunctionDeployment } from '../cloudfunctions/_core/deploy-manifest'

const ROOT = resolve(__dirname, '..')
const SOURCE = join(ROOT, 'cloudfunctions')
export const FUNCTIONS_OUT = join(ROOT, 'build', 'cloudfunctions')
const ROOT_PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/**
 * Packages a function loads at run time instead of bundling: wx-server-sdk (the platform's own,
 * pinned) and large libraries only some actions need. WeChat installs them in the cloud
 * (“云端安装依赖”) from the function's package.json, at the versions pinned in the root package.json.
 */
const RUNTIME_DEPENDENCIES: Record<string, string[]> = {
  members: ['exceljs'],
  activities: ['exceljs'],
}

function runtimeDependencies(name: string): Record<string, string> {
  const names = ['wx-server-sdk', ...(RUNTIME_DEPENDENCIES[name] ?? [])]
  return Object.fromEntries(names.map((dep) => [dep, ROOT_PACKAGE.dependencies[dep] ?? ROOT_PACKAGE.devDependencies[dep]]))
}

export function functionNames(): string[] {
  return readdirSync(SOURCE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && existsSync(join(SOURCE, entry.name, 'index.ts')))
    .map((entry) => entry.name)
}

/** The function's declared deployment (cloudfunctions/<name>/deploy.ts); every function must have one. */
export function deploymentOf(name: string): FunctionDeployment {
  const file = join(SOURCE, name, 'deploy.ts')
  if (!existsSync(file))
    throw new Error(`cloudfunctions/${name}/deploy.ts is missing: declare the function's timeout, env and triggers there`)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a declared manifest, loaded by path
  return (require(file) as { default: FunctionDeployment }).default
}

export async function buildFunctions(): Promise<string[]> {
  const names = functionNames()
  rmSync(FUNCTIONS_OUT, { recursive: true, force: true })
  await Promise.all(names.map(buildOne))
  return names
}

async function buildOne(name: string): Promise<void> {
  const outDir = join(FUNCTIONS_OUT, name)
  const dependencies = runtimeDependencies(name)
  const deployment = deploymentOf(name)
  mkdirSync(outDir, { recursive: true })
  await build({
    entryPoints: [join(SOURCE, name, 'index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: FUNCTION_RUNTIMES[deployment.runtime],
    format: 'cjs',
    external: Object.keys(dependencies),
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
  })
  writeFileSync(
    join(outDir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies }, null, 2)}\n`,
  )
  writeFileSync(join(outDir, 'config.json'), `${JSON.stringify(devtoolsConfigOf(deployment), null, 2)}\n`)
}

if (require.main === module) {
  buildFunctions()
    .then((names) => console.log(`cloud functions built → build/cloudfunctions/ (${names.join(', ')})`))
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
