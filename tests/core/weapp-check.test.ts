import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { es5Violations, failuresOf, packageSizes, type QualityItem } from '../../scripts/weapp-check'

/**
 * The parts of `npm test`'s WeChat check (scripts/weapp-check.ts) that decide pass or fail. The check
 * itself runs on the real build in `npm test`, after build:weapp.
 */
let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weapp-check-test-'))
  mkdirSync(join(dir, 'admin', 'x'), { recursive: true })
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

const passing: QualityItem[] = [
  { name: 'PACKAGE_SIZE_LIMIT', success: true, text: 'ok', detail: { __APP__: 600_000, 'admin/': 200_000 } },
  { name: 'JS_COMPRESS_OPEN', success: true, text: 'ok' },
]

describe('ES5 scan of the built package', () => {
  it.each([
    ['optional chaining', 'var a = b?.c;'],
    ['nullish coalescing', 'var a = b ?? 1;'],
    ['an arrow function', 'var f = (x) => x;'],
    ['object spread', 'var a = { ...b };'],
    ['const', 'const a = 1;'],
  ])('finds %s, with file and line', (_what, code) => {
    writeFileSync(join(dir, 'vendors.js'), `var ok = 1;\n${code}\n`)
    const [violation, ...rest] = es5Violations(dir)
    expect(rest).toEqual([])
    expect(violation).toMatchObject({ file: 'vendors.js', line: 2 })
  })

  it('passes ES5 code in every folder, and regular expressions that contain ?? or ?.', () => {
    writeFileSync(join(dir, 'app.js'), 'var re = /a??b?.c/g; function f(x) { return x && x.y; }')
    writeFileSync(join(dir, 'admin', 'x', 'index.js'), 'var s = "a?.b ?? c";')
    expect(es5Violations(dir)).toEqual([])
  })
})

describe('what fails the check', () => {
  it('every quality item that did not pass, and every non-ES5 file', () => {
    const quality = [...passing, { name: 'LAZYCODE_LOADING_OPEN', success: false, text: 'LazyCodeLoading is not turned on' }]
    const es5 = [{ file: 'vendors.js', line: 1, column: 9, message: 'Unexpected token', near: 'b?.c' }]
    expect(failuresOf({ dist: dir, compiledFiles: 1, compiledBytes: 1, packages: packageSizes(quality), quality, es5 })).toEqual([
      '代码质量 LAZYCODE_LOADING_OPEN: LazyCodeLoading is not turned on',
      'ES5: vendors.js:1:9 Unexpected token — …b?.c…',
    ])
  })

  it('nothing when every item passed', () => {
    expect(
      failuresOf({ dist: dir, compiledFiles: 1, compiledBytes: 1, packages: packageSizes(passing), quality: passing, es5: [] }),
    ).toEqual([])
  })

  it('a report without package sizes (the size check went missing)', () => {
    const quality = passing.slice(1)
    expect(failuresOf({ dist: dir, compiledFiles: 1, compiledBytes: 1, packages: packageSizes(quality), quality, es5: [] })).toEqual([
      '代码质量: no package sizes reported',
    ])
  })

  it('names the packages main and by subpackage root', () => {
    expect(packageSizes(passing)).toEqual({ main: 600_000, admin: 200_000 })
  })
})
