import { MESSAGE_KINDS, MESSAGE_TEMPLATES } from '../../core/messages/templates'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTION_RUNTIMES } from '../../cloudfunctions/_core/deploy-manifest'
import { deploymentOf, functionNames } from '../../scripts/build-functions'

/**
 * Each function's deploy.ts is the one place its deployment is declared: every environment variable
 * the function reads must be declared there (else a deploy would not set it), and nothing declared
 * there may be unread (else the admin is asked for a value nobody uses).
 */
const ROOT = join(__dirname, '..', '..', 'cloudfunctions')

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return sourcesOf(full)
    return entry.name.endsWith('.ts') && entry.name !== 'deploy.ts' ? [readFileSync(full, 'utf8')] : []
  })
}

function envReadBy(name: string): string[] {
  const sources = sourcesOf(join(ROOT, name))
  const names = sources.flatMap((source) => [...source.matchAll(/process\.env\.([A-Z0-9_]+)/g)].map((match) => match[1]))
  // _core/messages.ts reads each message template's variable by name for the function that sends.
  const sends = sources.some((source) => source.includes("_core/messages'"))
  if (sends) names.push(...MESSAGE_KINDS.map((kind) => MESSAGE_TEMPLATES[kind].envVar))
  return [...new Set(names)].sort()
}

describe.each(functionNames())('cloud function %s', (name) => {
  const spec = deploymentOf(name)

  it('declares exactly the environment variables it reads', () => {
    expect(Object.keys(spec.env).sort()).toEqual(envReadBy(name))
  })

  it('has a timeout WeChat accepts, above its 3 s default, and a known runtime', () => {
    expect(spec.timeout).toBeGreaterThan(3)
    expect(spec.timeout).toBeLessThanOrEqual(900)
    expect(Object.keys(FUNCTION_RUNTIMES)).toContain(spec.runtime)
  })

  it('declares timers with 7-field cron expressions and unique names', () => {
    for (const timer of spec.timers) expect(timer.cron.split(' ')).toHaveLength(7)
    expect(new Set(spec.timers.map((timer) => timer.name)).size).toBe(spec.timers.length)
  })
})
