import type ExcelJS from 'exceljs'
import { ACTIVITY_KIND_LABELS } from '../../../core/activities/constants'
import { PERIOD_STATUS_LABELS } from '../../../core/activities/org-life'
import type { YearlyRecordResponse } from '../../../core/contract/activities'
import { formatBeijing } from '../../../core/time'

// exceljs is large: a run-time dependency of the deployed function, loaded only for an export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadExcel = (): typeof ExcelJS => require('exceljs')

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const MISSING_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFDE2E2' } }

/**
 * The yearly 台账 as a workbook: sheet 1 the months × required meetings (missing ones marked 未开展 and
 * filled red), sheet 2 every meeting with its register's numbers.
 */
export async function yearlyRecordWorkbook(data: YearlyRecordResponse): Promise<Buffer> {
  const workbook = new (loadExcel().Workbook)()
  const summary = workbook.addWorksheet('年度台账')
  summary.addRow([`${data.orgName} ${data.year} 年组织生活台账`])
  summary.addRow([
    '月份',
    ...data.record.rules.map((r) => `${ACTIVITY_KIND_LABELS[r.kind]}（${r.every === 'month' ? '每月' : '每季度'}）`),
    '平均到会率',
  ])
  for (const [index, month] of data.record.months.entries()) {
    const cells = data.record.rules.map((rule) => {
      const period = rule.periods.find((p) => p.months.includes(month.month))!
      const last = period.months[period.months.length - 1] === month.month
      const here = month.held[rule.kind] ?? 0
      if (here) return `已开展 ${here} 次`
      // A quarterly rule is judged in the quarter's last month; before that an empty month is just empty.
      return rule.every === 'month' || last ? PERIOD_STATUS_LABELS[period.status] : ''
    })
    const row = summary.addRow([`${index + 1} 月`, ...cells, month.rate === null ? '' : `${month.rate}%`])
    cells.forEach((cell, i) => {
      if (cell === PERIOD_STATUS_LABELS.missing) row.getCell(i + 2).fill = MISSING_FILL
    })
  }
  const t = data.record.totals
  summary.addRow([`应开展 ${t.required} 次 · 已开展 ${t.held} 次 · 未开展 ${t.missing} 次`])
  summary.columns.forEach((column) => (column.width = 20))

  const list = workbook.addWorksheet('会议记录')
  list.addRow(['日期', '类型', '名称', '应到', '实到', '请假', '缺席', '送学', '列席', '到会率', '签字确认'])
  for (const m of data.meetings) {
    const c = m.counts
    list.addRow([
      formatBeijing(m.startAt, 'YYYY-MM-DD HH:mm'),
      ACTIVITY_KIND_LABELS[m.kind],
      m.title,
      ...(c
        ? [c.expected, c.present, c.leave, c.absent, c.delivered, c.walkIns, c.rate === null ? '' : `${c.rate}%`]
        : ['', '', '', '', '', '', '']),
      m.version ? `第 ${m.version} 版` : '未签字',
    ])
  }
  list.columns.forEach((column) => (column.width = 14))
  list.getColumn(3).width = 36
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
