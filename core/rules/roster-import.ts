import { BUILDING_NAME_MAX, UNIT_NAME_MAX, buildingKey, matchBuilding, unitKey, type BuildingChoice } from './buildings'
import type { ImportIssue } from '../contract/members'
import { PHONE_PATTERN } from '../contract/members'
import type { MemberDoc } from '../model'
import type { MemberCategory, MemberStatus, OrgLevel } from '../roles'
import { changedMemberFields, type EditableMember, type EditableMemberField } from './roster'

/**
 * The roster spreadsheet (花名册 .xlsx): one header row with these Chinese column names (any order;
 * extra columns are ignored), one member per row. Import and export use the same columns, so an
 * exported file with full phone numbers can be edited and imported again.
 *
 * Rows are matched to existing members by phone number (unique in the roster). A row whose values
 * equal the stored member is `unchanged`, so importing the same file twice writes nothing.
 */
export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', required: true, hint: '必填，最多 20 字' },
  { key: 'gender', header: '性别', required: true, hint: '男 / 女' },
  { key: 'birthYear', header: '出生年份', required: true, hint: '四位年份，如 1948' },
  { key: 'phone', header: '手机号', required: true, hint: '11 位手机号，花名册中唯一' },
  { key: 'category', header: '类别', required: true, hint: '离退休 / 在职 / 流动 / 出国' },
  { key: 'elder', header: '高龄或行动不便', required: false, hint: '是 / 否（空白为否）' },
  { key: 'status', header: '状态', required: false, hint: '正常 / 失联 / 口袋（空白为正常）' },
  { key: 'branch', header: '所在支部', required: true, hint: '党支部全称，须与组织树一致' },
  { key: 'group', header: '党小组', required: false, hint: '可空；须是所在支部下的党小组' },
  { key: 'building', header: '楼栋', required: false, hint: '如 琼林苑3栋' },
  { key: 'unit', header: '单元', required: false, hint: '如 2单元' },
  { key: 'joinedPartyYear', header: '入党年份', required: true, hint: '四位年份' },
] as const

export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key']

export const CATEGORY_LABELS: Record<MemberCategory, string> = { retired: '离退休', employed: '在职', floating: '流动', abroad: '出国' }
export const STATUS_LABELS: Record<MemberStatus, string> = { normal: '正常', lostContact: '失联', pocket: '口袋' }
export const GENDER_LABELS: Record<'male' | 'female', string> = { male: '男', female: '女' }

const byLabel = <T extends string>(labels: Record<T, string>) =>
  new Map(Object.entries(labels).map(([value, label]) => [label as string, value as T]))
const CATEGORY_BY_LABEL = byLabel(CATEGORY_LABELS)
const STATUS_BY_LABEL = byLabel(STATUS_LABELS)
const GENDER_BY_LABEL = byLabel(GENDER_LABELS)
const YES_NO = new Map<string, 'yes' | 'no'>([
  ['是', 'yes'],
  ['否', 'no'],
])

export interface OrgLite {
  _id: string
  name: string
  level: OrgLevel
  parentId: string | null
}

export interface SheetRow {
  /** Excel row number (header is row 1). */
  row: number
  cells: string[]
}

export interface ParsedRow {
  row: number
  member: EditableMember
}

export interface ParsedSheet {
  rows: number
  valid: ParsedRow[]
  issues: ImportIssue[]
  invalidRows: Set<number>
}

/**
 * Checks every row against the columns' rules, the org tree and the community's buildings (楼栋 is
 * matched to the list by its key, as register and roster edits are: 琼林苑3号楼 → 琼林苑3栋; with no
 * list yet it is kept in its canonical form); reports every problem, in Chinese.
 */
export function parseRosterSheet(
  header: string[],
  rows: SheetRow[],
  orgs: OrgLite[],
  currentYear: number,
  buildings: readonly BuildingChoice[] = [],
): ParsedSheet {
  const issues: ImportIssue[] = []
  const invalidRows = new Set<number>()
  const columnIndex = new Map<RosterColumnKey, number>()
  const normalisedHeader = header.map((cell) => cell.replace(/[\s*＊]/g, ''))
  for (const column of ROSTER_COLUMNS) {
    const at = normalisedHeader.indexOf(column.header)
    if (at >= 0) columnIndex.set(column.key, at)
    else if (column.required) issues.push({ row: 1, column: column.header, message: `缺少“${column.header}”列，请使用导入模板` })
  }
  const dataRows = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''))
  if (issues.length) {
    for (const row of dataRows) invalidRows.add(row.row)
    return { rows: dataRows.length, valid: [], issues, invalidRows }
  }

  const branches = orgs.filter((org) => org.level === 'branch')
  const groups = orgs.filter((org) => org.level === 'group')
  const firstRowOfPhone = new Map<string, number>()
  const valid: ParsedRow[] = []

  for (const { row, cells } of dataRows) {
    const rowIssues: ImportIssue[] = []
    const cell = (key: RosterColumnKey) => {
      const at = columnIndex.get(key)
      return at === undefined ? '' : (cells[at] ?? '').trim()
    }
    const problem = (key: RosterColumnKey, message: string) => {
      const header = ROSTER_COLUMNS.find((column) => column.key === key)!.header
      rowIssues.push({ row, column: header, message })
    }
    const required = (key: RosterColumnKey): string | null => {
      const value = cell(key)
      if (!value) problem(key, '必填，不能为空')
      return value || null
    }
    const yearOf = (key: RosterColumnKey, min: number): number | null => {
      const value = required(key)
      if (value === null) return null
      const digits = value.replace(/年$/, '')
      const year = /^\d{4}$/.test(digits) ? Number(digits) : NaN
      if (!Number.isInteger(year) || year < min || year > currentYear) {
        problem(key, `应为 ${min}–${currentYear} 之间的四位年份`)
        return null
      }
      return year
    }
    const choice = <T extends string>(key: RosterColumnKey, map: Map<string, T>, fallback: T | null): T | null => {
      const value = cell(key)
      if (!value) {
        if (fallback === null) problem(key, '必填，不能为空')
        return fallback
      }
      const chosen = map.get(value)
      if (!chosen) problem(key, `应为 ${[...map.keys()].join(' / ')} 之一`)
      return chosen ?? null
    }
    const text = (key: RosterColumnKey, max: number): string => {
      const value = cell(key)
      if ([...value].length > max) problem(key, `最多 ${max} 个字`)
      return value
    }

    const name = required('name')
    if (name && [...name].length > 20) problem('name', '最多 20 个字')
    const gender = choice('gender', GENDER_BY_LABEL, null)
    const birthYear = yearOf('birthYear', 1900)
    const phone = required('phone')
    if (phone && !PHONE_PATTERN.test(phone)) problem('phone', '应为 11 位数字，以 1 开头')
    else if (phone) {
      const first = firstRowOfPhone.get(phone)
      if (first !== undefined) problem('phone', `与第 ${first} 行的手机号重复`)
      else firstRowOfPhone.set(phone, row)
    }
    const category = choice('category', CATEGORY_BY_LABEL, null)
    const elderLabel = choice('elder', YES_NO, 'no')
    const elder = elderLabel === null ? null : elderLabel === 'yes'
    const status = choice('status', STATUS_BY_LABEL, 'normal')
    const joinedPartyYear = yearOf('joinedPartyYear', 1921)
    if (birthYear !== null && joinedPartyYear !== null && joinedPartyYear < birthYear)
      problem('joinedPartyYear', '入党年份不能早于出生年份')
    let building = text('building', BUILDING_NAME_MAX)
    let unit = text('unit', UNIT_NAME_MAX)
    if (!building || !buildings.length) {
      building = building ? buildingKey(building) : ''
      unit = unit ? unitKey(unit) : ''
    } else {
      const place = matchBuilding(buildings, building, unit)
      if (place.ok) ({ building, unit } = place)
      else if (place.reason === 'unknownBuilding')
        problem('building', `楼栋列表中没有“${building}”，请改成列表中的楼栋，或先在「楼栋与单元」中添加`)
      else problem('unit', `“${building}”没有“${unit}”，请改成该楼栋已有的单元`)
    }

    let orgId: string | null = null
    const branchName = required('branch')
    if (branchName) {
      const matches = branches.filter((org) => org.name === branchName)
      if (matches.length === 0) problem('branch', `组织树中没有名为“${branchName}”的党支部`)
      else if (matches.length > 1) problem('branch', `有多个名为“${branchName}”的党支部，请联系社区党委`)
      else {
        orgId = matches[0]._id
        const groupName = cell('group')
        if (groupName) {
          const group = groups.find((org) => org.parentId === matches[0]._id && org.name === groupName)
          if (!group) problem('group', `“${branchName}”下没有名为“${groupName}”的党小组`)
          else orgId = group._id
        }
      }
    }

    if (rowIssues.length) {
      issues.push(...rowIssues)
      invalidRows.add(row)
      continue
    }
    valid.push({
      row,
      member: {
        name: name!,
        gender: gender!,
        birthYear: birthYear!,
        phone: phone!,
        category: category!,
        elder: elder!,
        status: status!,
        orgId: orgId!,
        building,
        unit,
        joinedPartyYear: joinedPartyYear!,
      },
    })
  }
  return { rows: dataRows.length, valid, issues, invalidRows }
}

export type PlannedRow =
  | { row: number; kind: 'new'; member: EditableMember }
  | { row: number; kind: 'changed'; member: EditableMember; existing: Pick<MemberDoc, '_id' | 'version'>; fields: EditableMemberField[] }
  | { row: number; kind: 'unchanged'; existingId: string }

/**
 * Sorts valid rows into new / changed / unchanged against the stored members with the same phone.
 * A phone that belongs to an archived member is a problem for the admin to resolve (restore first),
 * not a silent un-archive.
 */
export function planImport(valid: ParsedRow[], existingByPhone: Map<string, MemberDoc>): { planned: PlannedRow[]; issues: ImportIssue[] } {
  const planned: PlannedRow[] = []
  const issues: ImportIssue[] = []
  for (const { row, member } of valid) {
    const existing = existingByPhone.get(member.phone)
    if (!existing) planned.push({ row, kind: 'new', member })
    else if (existing.archived)
      issues.push({ row, column: '手机号', message: `该手机号属于已归档党员“${existing.name}”，请先在花名册中恢复` })
    else {
      const fields = changedMemberFields(existing, member)
      planned.push(
        fields.length ? { row, kind: 'changed', member, existing, fields } : { row, kind: 'unchanged', existingId: existing._id },
      )
    }
  }
  return { planned, issues }
}

/** One exported row, in ROSTER_COLUMNS order. */
export function memberToRow(member: EditableMember, orgsById: Map<string, OrgLite>, phoneText: string): Array<string | number> {
  const org = orgsById.get(member.orgId)
  const branch = org?.level === 'group' && org.parentId ? orgsById.get(org.parentId) : org
  const group = org?.level === 'group' ? org : null
  return [
    member.name,
    GENDER_LABELS[member.gender],
    member.birthYear,
    phoneText,
    CATEGORY_LABELS[member.category],
    member.elder ? '是' : '否',
    STATUS_LABELS[member.status],
    branch?.name ?? '',
    group?.name ?? '',
    member.building,
    member.unit,
    member.joinedPartyYear,
  ]
}
