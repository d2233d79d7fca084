/**
 * WeChat's privacy authorisation, platform-free: while a privacy API (choosing a photo, a file, the
 * clipboard…) waits for the person's consent, WeChat hands us a `resolve`; the dialog shows and the
 * answer goes back through it. Several APIs may wait at once: one answer settles them all.
 */
export type PrivacyAnswer = { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }
export type PrivacyResolve = (answer: PrivacyAnswer) => void

/** The id of the agree button; WeChat checks that this very button was tapped before `agree` counts. */
export const PRIVACY_AGREE_BUTTON_ID = 'hl-privacy-agree'

interface Waiting {
  resolve: PrivacyResolve
  referrer: string
}

let waiting: Waiting[] = []
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

/** WeChat asks for consent (onNeedPrivacyAuthorization): show the dialog and tell WeChat it is shown. */
export function consentNeeded(resolve: PrivacyResolve, referrer: string): void {
  waiting = [...waiting, { resolve, referrer }]
  resolve({ event: 'exposureAuthorization' })
  notify()
}

/** The person answered: every waiting API goes on (agree) or fails (disagree). */
export function answerConsent(agree: boolean): void {
  const settled = waiting
  waiting = []
  for (const { resolve } of settled) resolve(agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  notify()
}

/** What asked for consent (e.g. `chooseMedia`), or null when nothing waits. */
export function pendingConsent(): string | null {
  return waiting.length ? waiting[0].referrer : null
}

export function subscribeConsent(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
