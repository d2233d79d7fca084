import type { OrgDoc } from '../../../core/model'
import type { PlannedRow } from '../../../core/rules/roster-import'
import { newMemberId } from '../../../core/rules/roster'
import { command, insert, insertMany, serverDate, updateWhere } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'
import { memberWriteFields, newMemberDoc } from './member-write'

const PARALLEL = 20
const BATCH = 100

type Outcome = 'written' | 'conflict' | 'skipped'

/**
 * Writes the planned rows. New rows are inserted 100 per request with phone-derived ids; a batch that
 * hits a duplicate key (a member created meanwhile, or a retried commit) is retried row by row, so the
 * other rows still go in and each duplicate is skipped, not doubled. Changed rows are conditional on the
 * version read during planning, 20 at a time, so an edit made meanwhile is reported as a conflict
 * instead of overwritten.
 */
export async function commitPlan(planned: PlannedRow[], orgs: Map<string, OrgDoc>): Promise<{ written: number; conflicts: number }> {
  let written = 0
  let conflicts = 0
  const tally = (outcome: Outcome) => {
    if (outcome === 'written') written++
    else if (outcome === 'conflict') conflicts++
  }
  const fresh: Array<Record<string, unknown>> = []
  const changed: Array<{ row: Extract<PlannedRow, { kind: 'changed' }>; org: OrgDoc }> = []
  for (const row of planned) {
    if (row.kind === 'unchanged') continue
    const org = orgs.get(row.member.orgId)
    if (!org) tally('conflict')
    else if (row.kind === 'new') fresh.push(newRowDoc(row, org))
    else changed.push({ row, org })
  }
  for (let i = 0; i < fresh.length; i += BATCH) (await insertChunk(fresh.slice(i, i + BATCH))).forEach(tally)
  for (let i = 0; i < changed.length; i += PARALLEL) {
    ;(await Promise.all(changed.slice(i, i + PARALLEL).map(({ row, org }) => updateRow(row, org)))).forEach(tally)
  }
  return { written, conflicts }
}

function newRowDoc(row: Extract<PlannedRow, { kind: 'new' }>, org: OrgDoc): Record<string, unknown> {
  return newMemberDoc(newMemberId(row.member.phone), { ...row.member }, org, serverDate())
}

/** One batch insert; on a duplicate key, the chunk again one row at a time (20 in parallel). */
async function insertChunk(docs: Array<Record<string, unknown>>): Promise<Outcome[]> {
  try {
    await insertMany('members', docs)
    return docs.map(() => 'written')
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  const outcomes: Outcome[] = []
  for (let i = 0; i < docs.length; i += PARALLEL) outcomes.push(...(await Promise.all(docs.slice(i, i + PARALLEL).map(insertOne))))
  return outcomes
}

async function insertOne(doc: Record<string, unknown>): Promise<Outcome> {
  try {
    await insert('members', doc)
    return 'written'
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'skipped'
    throw error
  }
}

async function updateRow(row: Extract<PlannedRow, { kind: 'changed' }>, org: OrgDoc): Promise<Outcome> {
  const updated = await updateWhere(
    'members',
    { _id: row.existing._id, version: row.existing.version },
    { ...memberWriteFields(row.existing._id, { ...row.member }, org), version: command().inc(1), updatedAt: serverDate() },
  )
  return updated ? 'written' : 'conflict'
}
