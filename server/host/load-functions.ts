import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { CloudFunctionMain } from './function-host'

/** Loads the deployable bundles (the very files uploaded to WeChat) from build/cloudfunctions/. */
export function loadBuiltFunctions(dir: string): Record<string, CloudFunctionMain> {
  if (!existsSync(dir)) throw new Error(`没有找到云函数构建产物 ${dir}：请先运行 npm run build:functions`)
  const functions: Record<string, CloudFunctionMain> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, 'index.js')
    if (!entry.isDirectory() || !existsSync(file)) continue
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as { main?: CloudFunctionMain }
    if (typeof mod.main !== 'function') throw new Error(`${file} 没有导出 main`)
    functions[entry.name] = mod.main
  }
  return functions
}
