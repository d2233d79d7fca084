import type { BuildingMigrationReport } from '../../../core/contract/members'
import type { BuildingDoc, MemberDoc, OrgDoc, ResidentDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import { buildingKey, BUILDINGS_MAX, cleanUnits } from '../../../core/rules/buildings'
import { writeAudit } from '../../_core/audit'
import type { Handler } from '../../_core/create-function'
import { command, findAll, findMany, serverDate, updateWhere } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { listedBuildings, toBuildingView } from '../lib/buildings'

function groupsWithBuildings(): Promise<OrgDoc[]> {
  return findMany<OrgDoc>('orgs', { level: 'group' }, { limit: 1000, fields: { name: true, level: true, buildings: true } })
}

/** The community's buildings and their units: anyone may read them (visitors choose one to register). */
export const buildings: Handler<'members', 'buildings'> = async () => {
  const [docs, groups] = await Promise.all([listedBuildings(), groupsWithBuildings()])
  return success({ items: docs.map((doc) => toBuildingView(doc, groups)) })
}

/**
 * Adds a building, or replaces the units of the one with the same canonical name (so 琼林苑3号楼 edits
 * 琼林苑3栋). The write and its audit entry (units before → after) land together; a retry that
 * changes nothing writes nothing.
 */
export const upsertBuilding: Handler<'members', 'upsertBuilding'> = async ({ data, caller }) => {
  const id = buildingKey(data.name)
  const units = cleanUnits(data.units)
  // Read outside the transaction (only doc() reads belong inside): where a new building goes.
  const count = (await listedBuildings()).length
  const outcome = await inTransaction(async (work) => {
    const existing = await work.get<BuildingDoc>('buildings', id)
    if (!existing) {
      if (count >= BUILDINGS_MAX) return 'full' as const
      work.create('buildings', id, { units, sort: data.sort ?? count, createdAt: serverDate(), updatedAt: serverDate() })
      work.audit(caller, 'members.upsertBuilding', id, { kind: 'create', after: { units } })
      return 'created' as const
    }
    const sort = data.sort ?? existing.sort
    if (sameUnits(existing.units, units) && sort === existing.sort) return 'unchanged' as const
    const before = { units: existing.units } // patch() changes the cached document in place
    work.patch('buildings', id, { units, sort, updatedAt: serverDate() })
    work.audit(caller, 'members.upsertBuilding', id, { kind: 'update', before, after: { units } })
    return 'updated' as const
  })
  if (outcome === 'full') return failure('COMMON.VALIDATION', `楼栋最多 ${BUILDINGS_MAX} 个`, 'name')
  const [doc] = await findMany<BuildingDoc>('buildings', { _id: id }, { limit: 1 })
  return success({ building: toBuildingView(doc!, await groupsWithBuildings()), created: outcome === 'created' })
}

function sameUnits(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((unit, i) => unit === b[i])
}

/** The collections whose documents carry a person's `building` (kept equal to the person's). */
const PERSON_BUILDING_COLLECTIONS = ['members', 'residents', 'pointTotals', 'noticeReads'] as const

/**
 * Free-text buildings (typed before the list existed) matched to the list by their canonical name.
 * Without `commit` it only reports; with it, every record carrying a matched text is rewritten —
 * people, their ranking totals and notice receipts, and groups' building lists — and one audit entry
 * names each rewrite. Texts that match nothing are reported, never guessed.
 */
export const migrateBuildings: Handler<'members', 'migrateBuildings'> = async ({ data, caller }) => {
  const listed = new Set((await listedBuildings()).map((b) => b._id))
  const [members, residents, groups] = await Promise.all([
    findAll<MemberDoc>('members', { building: command().neq('') }, { fields: { building: true } }),
    findAll<ResidentDoc>('residents', { building: command().neq('') }, { fields: { building: true } }),
    groupsWithBuildings(),
  ])
  const texts = new Map<string, number>()
  const count = (text: string) => !listed.has(text) && texts.set(text, (texts.get(text) ?? 0) + 1)
  for (const person of [...members, ...residents]) count(person.building)
  for (const group of groups) for (const text of group.buildings ?? []) count(text)

  const report: BuildingMigrationReport = { matched: [], unmatched: [], committed: data.commit, written: 0 }
  for (const [text, records] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
    const key = buildingKey(text)
    if (listed.has(key)) report.matched.push({ from: text, to: key, records })
    else report.unmatched.push({ text, records })
  }
  if (!data.commit || !report.matched.length) return success(report)

  for (const { from, to } of report.matched) {
    for (const name of PERSON_BUILDING_COLLECTIONS) report.written += await updateWhere(name, { building: from }, { building: to })
  }
  const rename = new Map(report.matched.map(({ from, to }) => [from, to]))
  for (const group of groups) {
    if (!(group.buildings ?? []).some((b) => rename.has(b))) continue
    const next = [...new Set(group.buildings.map((b) => rename.get(b) ?? b))]
    report.written += await updateWhere('orgs', { _id: group._id }, { buildings: next, updatedAt: serverDate() })
  }
  await writeAudit(caller, 'members.migrateBuildings', 'buildings', {
    matched: report.matched.map(({ from, to, records }) => ({ from, to, records })),
    written: report.written,
  })
  return success(report)
}
