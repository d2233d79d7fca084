import { createHash, timingSafeEqual } from 'node:crypto'
import type { OrgDoc, UserDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findById, findOne, insert, serverDate } from '../../_core/db'
import { logError } from '../../_core/logger'
import { inTransaction } from '../../_core/transaction'
import { isDuplicateKeyError } from '../../_core/db-errors'
import { toOrgRef } from '../lib/views'

/** A shorter code could be guessed by calling the function often enough. */
export const SETUP_CODE_MIN_LENGTH = 12
/** The claim: whoever inserted this document first is the first admin (the insert is the lock). */
const MARKER_ID = 'firstAdmin'
/** The committee made here gets the id the demo community uses too. */
const COMMITTEE_ID = 'org-committee'

interface SetupMarkerDoc {
  _id: string
  openid: string
  at: Date
}

function sameCode(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/**
 * 首位管理员 without touching the database: the deployer sets HONGLIN_SETUP_CODE on the members
 * function; the first person to enter it becomes the committee admin. Two people entering it at once:
 * both may pass the checks, but only one insert of the marker (fixed `_id`) succeeds; the other finds
 * it taken and is refused. The winner's retry (a lost reply, a crash half way) finds its own marker and
 * completes the same change again without doubling anything.
 */
export const setupFirstAdmin: Handler<'members', 'setupFirstAdmin'> = async ({ data, caller, requestId }) => {
  const expected = (process.env.HONGLIN_SETUP_CODE ?? '').trim()
  if (expected.length < SETUP_CODE_MIN_LENGTH) {
    if (expected)
      logError(requestId, 'members.setupFirstAdmin', `HONGLIN_SETUP_CODE is shorter than ${SETUP_CODE_MIN_LENGTH} characters: ignored`)
    return failure('SETUP.NOT_ENABLED')
  }
  if (!sameCode(data.code, expected)) return failure('SETUP.WRONG_CODE')

  const marker = await findById<SetupMarkerDoc>('systemSetup', MARKER_ID)
  if (marker && marker.openid !== caller.openid) return failure('SETUP.USED')
  // An admin made by hand (or before this code was set) means the first admin exists already.
  if (!marker && (await findOne<UserDoc>('users', { role: 'admin' }))) return failure('SETUP.USED')
  if (!marker) {
    try {
      await insert('systemSetup', { _id: MARKER_ID, openid: caller.openid, at: serverDate() })
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      const winner = await findById<SetupMarkerDoc>('systemSetup', MARKER_ID)
      if (winner?.openid !== caller.openid) return failure('SETUP.USED')
    }
  }

  // Orgs are found by query outside the transaction (WeChat allows only doc() inside it).
  const existingCommittee = await findOne<OrgDoc>('orgs', { level: 'committee' })
  const result = await inTransaction(async (work) => {
    let committee = existingCommittee ?? (await work.get<OrgDoc>('orgs', COMMITTEE_ID))
    const committeeCreated = !committee
    if (!committee) {
      committee = work.create<OrgDoc>('orgs', COMMITTEE_ID, {
        name: data.committeeName,
        level: 'committee',
        parentId: null,
        path: [],
        buildings: [],
        sort: 0,
        createdAt: serverDate(),
        updatedAt: serverDate(),
      })
    }
    const user = await work.get<UserDoc>('users', caller.openid)
    const grant = { role: 'admin', scopeOrgId: committee._id, updatedAt: serverDate() }
    if (user) work.patch('users', caller.openid, grant)
    else work.create('users', caller.openid, { ...grant, memberId: null, residentId: null, createdAt: serverDate() })
    if (user?.role !== 'admin' || user.scopeOrgId !== committee._id) {
      work.audit(caller, 'members.setupFirstAdmin', caller.openid, { committeeId: committee._id, committeeCreated })
    }
    return { scope: toOrgRef(committee), committeeCreated }
  })
  return success(result)
}
