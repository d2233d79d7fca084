import type ExcelJS from 'exceljs'
import { ROSTER_COLUMNS, type SheetRow } from '../../../core/rules/roster-import'

/**
 * The roster spreadsheet, read and written with exceljs. Files travel base64-encoded inside the call
 * (≤ 2 MB), not through cloud storage: a roster of a few thousand rows is a few hundred KB, the call
 * works the same in WeChat and in the local cloud, and nothing is left behind in storage.
 * exceljs is large, so it is not bundled: it is a dependency of the deployed function, loaded only
 * when a spreadsheet is read or written (members.me and the other actions start without it).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadExcel = (): typeof ExcelJS => require('exceljs')

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface Sheet {
  header: string[]
  rows: SheetRow[]
}

/** The first worksheet as text cells; null when the bytes are not a readable .xlsx. */
export async function readRosterSheet(bytes: Buffer): Promise<Sheet | null> {
  const workbook = new (loadExcel().Workbook)()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    return null
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return null
  const header: string[] = []
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = cellText(cell)
  })
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return
    const cells: string[] = []
    for (let col = 1; col <= Math.max(header.length, row.cellCount); col++) cells[col - 1] = cellText(row.getCell(col))
    rows.push({ row: rowNumber, cells })
  })
  return { header: Array.from(header, (h) => h ?? ''), rows }
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value)
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'boolean') return value ? '是' : '否'
  try {
    return (cell.text ?? '').trim()
  } catch {
    return ''
  }
}

/** A roster workbook: the header row, the rows, and a sheet explaining each column. */
export async function writeRosterWorkbook(rows: Array<Array<string | number>>): Promise<Buffer> {
  const workbook = new (loadExcel().Workbook)()
  workbook.creator = '红邻'
  const sheet = workbook.addWorksheet('花名册')
  sheet.columns = ROSTER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === 'branch' || column.key === 'group' ? 24 : column.key === 'elder' ? 16 : 12,
    // Phone numbers as text, so Excel keeps all 11 digits.
    style: column.key === 'phone' ? { numFmt: '@' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(row)
  const help = workbook.addWorksheet('填写说明')
  help.columns = [
    { header: '列', key: 'header', width: 16 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '说明', key: 'hint', width: 48 },
  ]
  for (const column of ROSTER_COLUMNS)
    help.addRow({ header: column.header, required: column.required ? '必填' : '可空', hint: column.hint })
  help.addRow({ header: '', required: '', hint: '按手机号匹配已有党员：相同手机号视为同一人；重复导入同一文件不会重复写入。' })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
