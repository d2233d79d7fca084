import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CloudFunctionMain } from './function-host'

export interface TimerTrigger {
  functionName: string
  name: string
}

/** The timer triggers each built function declares in its config.json (as uploaded to WeChat). */
export function timerTriggersOf(functionsDir: string, functionNames: readonly string[]): TimerTrigger[] {
  return functionNames.flatMap((functionName) => {
    const file = join(functionsDir, functionName, 'config.json')
    if (!existsSync(file)) return []
    const config = JSON.parse(readFileSync(file, 'utf8')) as { triggers?: Array<{ name: string; type: string }> }
    return (config.triggers ?? []).filter((trigger) => trigger.type === 'timer').map((trigger) => ({ functionName, name: trigger.name }))
  })
}

/**
 * The local stand-in for WeChat's timer triggers: every `everyMs` each declared trigger calls its
 * function the way WeChat does (`{ Type: 'Timer', TriggerName, Time }`, no caller), one after another.
 * It does not follow the cron schedule; the triggers are idempotent (reminders are queued once, expiry
 * refunds once), so running them more often only brings their work forward. Returns a stop function.
 */
export function startLocalTimers(
  functions: Record<string, CloudFunctionMain>,
  triggers: TimerTrigger[],
  everyMs: number,
  log: (line: string) => void,
): () => void {
  if (!triggers.length || everyMs <= 0) return () => undefined
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      for (const trigger of triggers) {
        const reply = await functions[trigger.functionName]({
          Type: 'Timer',
          TriggerName: trigger.name,
          Time: new Date().toISOString(),
        }).catch((error: unknown) => ({ ok: false, error }))
        if ((reply as { ok?: boolean } | null)?.ok === false)
          log(`定时触发器 ${trigger.functionName}.${trigger.name} 失败：${JSON.stringify((reply as { error?: unknown }).error)}`)
      }
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), everyMs)
  timer.unref?.()
  return () => clearInterval(timer)
}
