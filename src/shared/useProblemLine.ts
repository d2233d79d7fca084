import { useState } from 'react'
import type { Reply } from '@core/envelope'
import { toastDone } from './confirm'

/**
 * The problem line of a card's writes (shown by `<FormNotice>`): a write that went through clears it
 * and says `done` in a toast, a refusal puts its reason there (`settle` answers whether it went
 * through). `setProblem` says what is wrong before anything is sent.
 */
export function useProblemLine() {
  const [problem, setProblem] = useState<string | null>(null)
  const settle = (outcome: Reply<unknown>, done: string) => {
    if (outcome.ok) {
      setProblem(null)
      toastDone(done)
    } else setProblem(outcome.error.message)
    return outcome.ok
  }
  return { problem, setProblem, settle }
}
