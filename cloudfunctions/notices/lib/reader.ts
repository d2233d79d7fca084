import { audienceKeysOf } from '../../../core/notices/audience'
import type { Caller } from '../../_core/caller'
import { personIdOf } from '../../_core/person'

/** The caller as a reader: their audience keys and whose receipts they write. */
export interface ReaderInfo {
  keys: string[]
  personId: string | null
  personKind: 'member' | 'resident'
  orgPath: string[]
  building: string
}

export function readerOf(caller: Caller): ReaderInfo {
  const member = caller.member
  const building = member?.building || caller.resident?.building || null
  return {
    keys: audienceKeysOf({ memberOrgPath: member ? member.orgPath : null, building }),
    personId: personIdOf(caller),
    personKind: member ? 'member' : 'resident',
    orgPath: member?.orgPath ?? [],
    building: building ?? '',
  }
}
