import type { CareFlagView } from '../../../core/contract/care'
import type { CareProfileDoc } from '../../../core/care/model'
import { pick } from '../../../core/pick'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { pageBy, viewPage } from '../../_core/paging'
import { inTransaction } from '../../_core/transaction'
import { loadElder } from '../lib/elders'
import { patchProfile } from '../lib/profile'

/**
 * 困难 and 独居: the committee's own flags (ADMINS only, by the router). Only these two actions read or
 * write them; every other reply is built from named fields that never include them (a test walks
 * every action's reply for every other role).
 */
function toFlagView(profile: CareProfileDoc): CareFlagView {
  return { personId: profile._id, ...pick(profile, ['personKind', 'name', 'building', 'hardship', 'livesAlone', 'flagNote']) }
}

export const setFlags: Handler<'care', 'setFlags'> = async ({ data, caller }) => {
  const person = await loadElder(data.personId)
  if (!person) return failure('CARE.NOT_ELDER')
  const profile = await inTransaction(async (work) => {
    const patched = await patchProfile(work, person, { hardship: data.hardship, livesAlone: data.livesAlone, flagNote: data.note })
    work.audit(caller, 'care.setFlags', person.id, { hardship: data.hardship, livesAlone: data.livesAlone })
    return patched
  })
  return success({ flag: toFlagView(profile) })
}

export const flagged: Handler<'care', 'flagged'> = async ({ data }) => {
  const page = await pageBy<CareProfileDoc>('careProfiles', { [data.which]: true }, { by: '_id', direction: 'asc' }, data)
  return page.ok ? success(viewPage(page.value, toFlagView)) : page
}
