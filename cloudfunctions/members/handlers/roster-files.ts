import type { ImportReport } from '../../../core/contract/members'
import { ROSTER_FILE_MAX_BYTES } from '../../../core/contract/members'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import { beijingDay } from '../../../core/time'
import { memberToRow, parseRosterSheet, planImport, type PlannedRow } from '../../../core/rules/roster-import'
import { writeAudit } from '../../_core/audit'
import type { HandlerContext, HandlerResult } from '../../_core/create-function'
import { command, findAll, findMany } from '../../_core/db'
import { readStoredFile, removeLater, storeForDownload } from '../../_core/storage'
import { listedBuildings } from '../lib/buildings'
import { commitPlan } from '../lib/import-commit'
import { rootInScope, scopeRootId, subtreeOrgs } from '../lib/scope'
import { readRosterSheet, writeRosterWorkbook, XLSX_CONTENT_TYPE } from '../lib/xlsx'

const MAX_ROWS = 10000

export async function rosterTemplate(): HandlerResult<'members', 'rosterTemplate'> {
  const bytes = await writeRosterWorkbook([])
  const stored = await storeForDownload('exports/roster', 'xlsx', bytes)
  return success({ ...stored, filename: '花名册导入模板.xlsx', contentType: XLSX_CONTENT_TYPE })
}

/**
 * Two phases. `commit: false` checks every row and reports (row, column, problem) with counts.
 * `commit: true` writes only when the file is clean, or when the admin accepts importing the valid rows.
 * Rows match members by phone; unchanged rows are not written, so the same file imported twice
 * changes nothing, and new members get ids derived from the phone, so a retried commit cannot double.
 */
export async function importRoster({ data, caller }: HandlerContext<'members', 'importRoster'>): HandlerResult<'members', 'importRoster'> {
  const bytes = await readStoredFile(data.fileId)
  if (!bytes) return failure('FILE.REJECTED', '没有找到上传的文件，请重新选择', 'fileId')
  if (bytes.length > ROSTER_FILE_MAX_BYTES) return failure('MEMBER.FILE_TOO_LARGE')
  // The upload serves this import only (check, then write): storage keeps it for a day.
  await removeLater(data.fileId)
  const sheet = await readRosterSheet(bytes)
  if (!sheet) return failure('MEMBER.FILE_INVALID')
  if (sheet.rows.length > MAX_ROWS) return failure('MEMBER.FILE_INVALID', `一次最多导入 ${MAX_ROWS} 行`)

  const [orgs, buildings] = await Promise.all([subtreeOrgs(scopeRootId(caller)), listedBuildings()])
  const choices = buildings.map((b) => ({ id: b._id, units: b.units ?? [] }))
  const parsed = parseRosterSheet(sheet.header, sheet.rows, orgs, new Date().getUTCFullYear(), choices)
  const existing = await membersByPhone(parsed.valid.map((row) => row.member.phone))
  const { planned, issues: planIssues } = planImport(parsed.valid, existing)
  const issues = [...parsed.issues, ...planIssues].sort((a, b) => a.row - b.row)
  const invalid = parsed.invalidRows.size + planIssues.length
  const report: ImportReport = {
    rows: parsed.rows,
    new: count(planned, 'new'),
    changed: count(planned, 'changed'),
    unchanged: count(planned, 'unchanged'),
    invalid,
    issues,
    committed: false,
    written: 0,
    conflicts: 0,
  }
  if (!data.commit) return success(report)
  if (issues.length && !data.acceptValidRows) return failure('MEMBER.IMPORT_HAS_ERRORS')
  const orgById = new Map(orgs.map((org) => [org._id, org]))
  const { written, conflicts } = await commitPlan(planned, orgById)
  await writeAudit(caller, 'members.importRoster', 'members', { new: report.new, changed: report.changed, written, conflicts, invalid })
  return success({ ...report, committed: true, written, conflicts })
}

/** The caller's subtree (or a part of it) as .xlsx; full phones only for admins, and audited. */
export async function exportRoster({ data, caller }: HandlerContext<'members', 'exportRoster'>): HandlerResult<'members', 'exportRoster'> {
  if (data.fullPhones && caller.role !== 'admin') return failure('COMMON.FORBIDDEN')
  const root = await rootInScope(caller, data.orgId)
  if (!root.ok) return root
  const rootId = root.value
  const members = await findAll<MemberDoc>('members', { orgPath: rootId, archived: false }, { by: 'sortKey' })
  const orgs = new Map((await findMany<OrgDoc>('orgs', {}, { limit: 1000 })).map((org) => [org._id, org]))
  const rows = members.map((member) => memberToRow(member, orgs, data.fullPhones ? member.phone : (maskPhone(member.phone) ?? '')))
  const bytes = await writeRosterWorkbook(rows)
  if (data.fullPhones) await writeAudit(caller, 'members.exportRoster.fullPhones', rootId, { rows: rows.length })
  const day = beijingDay(new Date())
  const stored = await storeForDownload('exports/roster', 'xlsx', bytes)
  return success({
    ...stored,
    filename: `花名册-${orgs.get(rootId)?.name ?? rootId}-${day}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
    rows: rows.length,
  })
}

function count(planned: PlannedRow[], kind: PlannedRow['kind']): number {
  return planned.filter((row) => row.kind === kind).length
}

async function membersByPhone(phones: string[]): Promise<Map<string, MemberDoc>> {
  const byPhone = new Map<string, MemberDoc>()
  const unique = [...new Set(phones)]
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    for (const member of await findMany<MemberDoc>('members', { phone: command().in(chunk) }, { limit: 1000 }))
      byPhone.set(member.phone, member)
  }
  return byPhone
}
