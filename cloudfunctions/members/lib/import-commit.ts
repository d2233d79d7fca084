import type { MemberDoc, OrgDoc } from '../../../core/model'
import type { PlannedRow } from '../../../core/rules/roster-import'
import { newMemberId } from '../../../core/rules/roster'
import { command, insert, serverDate, updateWhere } from '../../_core/db'
import { isDuplicateKeyError } from './db-errors'
import { memberWriteFields } from './member-write'

const PARALLEL = 20

/**
 * Writes the planned rows, 20 at a time. New rows are inserts with phone-derived ids (a retried commit
 * finds them and skips); changed rows are conditional on the version read during planning, so an edit
 * made meanwhile is reported as a conflict instead of overwritten.
 */
export async function commitPlan(planned: PlannedRow[], orgs: Map<string, OrgDoc>): Promise<{ written: number; conflicts: number }> {
  let written = 0
  let conflicts = 0
  const work = planned.filter((row) => row.kind !== 'unchanged')
  for (let i = 0; i < work.length; i += PARALLEL) {
    const results = await Promise.all(work.slice(i, i + PARALLEL).map((row) => writeRow(row, orgs)))
    for (const result of results) {
      if (result === 'written') written++
      else if (result === 'conflict') conflicts++
    }
  }
  return { written, conflicts }
}

async function writeRow(row: PlannedRow, orgs: Map<string, OrgDoc>): Promise<'written' | 'conflict' | 'skipped'> {
  if (row.kind === 'unchanged') return 'skipped'
  const org = orgs.get(row.member.orgId)
  if (!org) return 'conflict'
  const fields = { ...row.member }
  if (row.kind === 'new') {
    const id = newMemberId(fields.phone)
    try {
      await insert('members', {
        _id: id,
        ...memberWriteFields(id, fields, org),
        openid: null,
        rankingOptOut: false,
        archived: false,
        version: 1,
        pairedElderIds: [],
        helperId: null,
        lastContactAt: null,
        lastConfirmedCheckId: null,
        createdAt: serverDate(),
        updatedAt: serverDate(),
      } satisfies Partial<Record<keyof MemberDoc, unknown>>)
      return 'written'
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'skipped'
      throw error
    }
  }
  const updated = await updateWhere(
    'members',
    { _id: row.existing._id, version: row.existing.version },
    { ...memberWriteFields(row.existing._id, fields, org), version: command().inc(1), updatedAt: serverDate() },
  )
  return updated ? 'written' : 'conflict'
}
