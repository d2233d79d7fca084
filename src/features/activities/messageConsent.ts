import type { MessageKind } from '@core/messages/templates'
import type { SubscriptionTemplate } from '@core/contract/activities'
import { newAttemptId } from '../../shared/attemptId'
import { fetchSubscriptionTemplates, recordSubscription } from '../../services/activities'
import { requestSubscription } from '../../services/subscriptions'

/**
 * Subscription messages are asked for at the sign-up tap, as WeChat requires: the templates are
 * loaded with the page (the dialog must open before any other wait), and the answer is recorded so
 * each 允许 allows one message of that kind (nothing is sent without one).
 */
let templates: SubscriptionTemplate[] = []
let loading: Promise<void> | null = null

export function preloadMessageTemplates(): void {
  loading ??= (async () => {
    const reply = await fetchSubscriptionTemplates()
    if (reply?.ok) templates = reply.data.templates
    else loading = null
  })().catch(() => {
    loading = null
  })
}

/** A sign-up may bring a reminder (or, waitlisted, a promotion), a change and a cancellation: 3, WeChat's most. */
const KINDS_FOR: Record<'confirmed' | 'waitlist', MessageKind[]> = {
  confirmed: ['reminder', 'changed', 'cancelled'],
  waitlist: ['promoted', 'changed', 'cancelled'],
}

/**
 * Asks for this sign-up's messages; true when the person allowed the reminder (or, waitlisted, any).
 * Without templates (none configured, or not loaded yet) nothing can be asked: the page's choice stands.
 */
export async function askForMessages(waitlist: boolean, wanted: boolean): Promise<boolean> {
  const kinds = KINDS_FOR[waitlist ? 'waitlist' : 'confirmed']
  const chosen = templates.filter((template) => kinds.includes(template.kind))
  if (!chosen.length) return wanted
  const answer = await requestSubscription(
    chosen.map((template) => template.templateId),
    wanted,
  )
  const accepted = chosen.filter((template) => answer[template.templateId] === 'accept')
  if (accepted.length) await recordSubscription({ requestId: newAttemptId(), results: answer })
  return accepted.some((template) => template.kind === 'reminder') || (waitlist && accepted.length > 0)
}
