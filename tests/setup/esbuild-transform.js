// Jest transform: TypeScript/TSX → CommonJS with esbuild (type checking is `tsc --noEmit`'s job).
const { transformSync } = require('esbuild')

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.ts') ? 'ts' : 'js'
    const result = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      sourcemap: 'inline',
      sourcefile: filename,
    })
    return { code: result.code }
  },
}
