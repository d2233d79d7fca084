import { MESSAGE_KINDS, MESSAGE_TEMPLATES, keyKindsOf } from '../../core/messages/templates'
import type { LocalTemplate } from './subscriptions'

/** The templates "created in the console" of the local cloud: one per message kind, its declared keys. */
export function localTemplates(): LocalTemplate[] {
  return MESSAGE_KINDS.map((kind) => ({ id: MESSAGE_TEMPLATES[kind].localId, keys: keyKindsOf(MESSAGE_TEMPLATES[kind]) }))
}
