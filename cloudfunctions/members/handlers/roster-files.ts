import type { ImportReport, RosterFile } from '../../../core/contract/members'
import { ROSTER_FILE_MAX_BYTES } from '../../../core/contract/members'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { memberToRow, parseRosterSheet, planImport, type PlannedRow } from '../../../core/rules/roster-import'
import { writeAudit } from '../../_core/audit'
import type { HandlerContext } from '../../_core/create-function'
import { command, findMany } from '../../_core/db'
import { subtreeOrgs } from './org-tree'
import { commitPlan } from '../lib/import-commit'
import { loadOrgInScope, scopeRootId } from '../lib/scope'
import { readRosterSheet, writeRosterWorkbook, XLSX_CONTENT_TYPE } from '../lib/xlsx'

const MAX_ROWS = 10000

export async function rosterTemplate(): Promise<Result<RosterFile>> {
  const bytes = await writeRosterWorkbook([])
  return success({ fileBase64: bytes.toString('base64'), filename: '花名册导入模板.xlsx', contentType: XLSX_CONTENT_TYPE })
}

interface ImportData {
  fileBase64: string
  commit: boolean
  acceptValidRows: boolean
}

/**
 * Two phases. `commit: false` checks every row and reports (row, column, problem) with counts.
 * `commit: true` writes only when the file is clean, or when the admin accepts importing the valid rows.
 * Rows match members by phone; unchanged rows are not written, so the same file imported twice
 * changes nothing, and new members get ids derived from the phone, so a retried commit cannot double.
 */
export async function importRoster({ data, caller }: HandlerContext<ImportData>): Promise<Result<ImportReport>> {
  const bytes = decodeBase64(data.fileBase64)
  if (!bytes) return failure('COMMON.VALIDATION', 'fileBase64：不是有效的 base64 内容', 'fileBase64')
  if (bytes.length > ROSTER_FILE_MAX_BYTES) return failure('MEMBER.FILE_TOO_LARGE')
  const sheet = await readRosterSheet(bytes)
  if (!sheet) return failure('MEMBER.FILE_INVALID')
  if (sheet.rows.length > MAX_ROWS) return failure('MEMBER.FILE_INVALID', `一次最多导入 ${MAX_ROWS} 行`)

  const orgs = await subtreeOrgs(scopeRootId(caller))
  const parsed = parseRosterSheet(sheet.header, sheet.rows, orgs, new Date().getUTCFullYear())
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

interface ExportData {
  orgId?: string
  fullPhones: boolean
}

/** The caller's subtree (or a part of it) as .xlsx; full phones only for admins, and audited. */
export async function exportRoster({ data, caller }: HandlerContext<ExportData>): Promise<Result<RosterFile & { rows: number }>> {
  if (data.fullPhones && caller.role !== 'admin') return failure('COMMON.FORBIDDEN')
  let rootId = scopeRootId(caller)
  if (data.orgId) {
    const org = await loadOrgInScope(caller, data.orgId)
    if (!org.ok) return org
    rootId = org.value._id
  }
  const members: MemberDoc[] = []
  let after: string | null = null
  for (;;) {
    const filter: Record<string, unknown> = { orgPath: rootId, archived: false }
    if (after) filter.sortKey = command().gt(after)
    const page = await findMany<MemberDoc>('members', filter, { orderBy: [['sortKey', 'asc']], limit: 1000 })
    members.push(...page)
    if (page.length < 1000) break
    after = page[page.length - 1].sortKey!
  }
  const orgs = new Map((await findMany<OrgDoc>('orgs', {}, { limit: 1000 })).map((org) => [org._id, org]))
  const rows = members.map((member) => memberToRow(member, orgs, data.fullPhones ? member.phone : (maskPhone(member.phone) ?? '')))
  const bytes = await writeRosterWorkbook(rows)
  if (data.fullPhones) await writeAudit(caller, 'members.exportRoster.fullPhones', rootId, { rows: rows.length })
  const day = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  return success({
    fileBase64: bytes.toString('base64'),
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

function decodeBase64(text: string): Buffer | null {
  const clean = text.replace(/^data:[^,]*,/, '').replace(/\s/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null
  return Buffer.from(clean, 'base64')
}
