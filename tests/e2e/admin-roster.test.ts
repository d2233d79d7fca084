import ExcelJS from 'exceljs'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { PHONE, useAppUnderTest } from './app'
import { dataOf, P, signIn } from '../support'

/**
 * 花名册 management in the H5 app against the real local cloud: the admin imports an Excel roster
 * (a bad row is reported by row and column and nothing is written; the fixed file imports), finds
 * the new members in 花名册, exports masked and full phones; a secretary sees only their branch.
 */
const app = useAppUnderTest()

const HEADER = ['姓名', '性别', '出生年份', '手机号', '类别', '高龄或行动不便', '状态', '所在支部', '党小组', '楼栋', '单元', '入党年份']
const B1 = '第一党支部（琼林苑）'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const row = (name: string, phone: string) => [
  name,
  '女',
  1950,
  phone,
  '离退休',
  '是',
  '',
  B1,
  '琼林苑1-2栋党小组',
  '琼林苑1栋',
  '2单元',
  1972,
]

async function xlsx(rows: Array<Array<string | number>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('花名册')
  sheet.addRow(HEADER)
  for (const cells of rows) sheet.addRow(cells)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function readSheet(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
  const rows: string[][] = []
  workbook.worksheets[0].eachRow((sheetRow) => rows.push((sheetRow.values as unknown[]).slice(1).map((value) => String(value ?? ''))))
  return rows
}

async function openAs(name: string, greeting: string): Promise<Page> {
  const context = await app.browser.newContext({ ...PHONE, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(app.cloud.url)
  await page.getByText('选择一个身份进入').waitFor()
  await page.getByText(name, { exact: true }).first().click()
  await page.getByText(greeting).waitFor()
  return page
}

/** A fresh document per page (the H5 router keeps earlier pages in the DOM, hidden). */
async function openAdminPage(page: Page, path: string) {
  await page.goto(`${app.cloud.url}/#/admin/${path}`)
  await page.reload()
}

async function chooseFile(page: Page, buttonText: string, buffer: Buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText(buttonText, { exact: true }).click()])
  await chooser.setFiles({ name: '花名册.xlsx', mimeType: XLSX, buffer })
}

async function downloadExport(page: Page): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('导出 Excel', { exact: true }).click()])
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  return readSheet(readFileSync((await download.path())!))
}

async function searchRoster(page: Page, text: string) {
  // Named by its visible label (the H5 bridge gives Taro's native input the field's aria-label).
  await page.getByRole('textbox', { name: '按姓名查找' }).fill(text)
  await page.getByText('搜索', { exact: true }).click()
}

describe('花名册 import and export in the H5 app', () => {
  it('reports a bad row without writing, imports the fixed file, finds the new members and exports masked and full phones', async () => {
    const api = await signIn(app.cloud.url, P.admin)
    const page = await openAs('王建华', '您好，王建华')
    await openAdminPage(page, 'roster-files/index')
    await page.getByText('导入花名册').waitFor()

    // A malformed phone on the second data row (Excel row 3).
    await chooseFile(page, '选择 Excel 文件', await xlsx([row('测试导入甲', '19900001001'), row('测试导入乙', '1990000100')]))
    await page.getByText(/还没有写入任何数据/).waitFor()
    const table = page.getByLabel('问题列表')
    await table.getByText('第 3 行').waitFor()
    expect(await table.innerText()).toContain('手机号')
    expect(await page.getByText('确认导入', { exact: true }).count()).toBe(0)
    await page.screenshot({ path: '/tmp/e2e-import-report.png', fullPage: true })
    const before = await api.members.list({ query: '测试导入' })
    expect(dataOf(before).total).toBe(0)

    await chooseFile(page, '重新选择文件', await xlsx([row('测试导入甲', '19900001001'), row('测试导入乙', '19900001002')]))
    await page.getByText('文件检查通过，还没有写入，请确认导入').waitFor()
    await page.getByText('确认导入', { exact: true }).click()
    await page.getByText(/已导入：写入 2 人/).waitFor()
    expect(dataOf(await api.members.list({ query: '测试导入' })).total).toBe(2)

    await openAdminPage(page, 'roster/index')
    await page.getByText('新增党员').waitFor()
    await searchRoster(page, '测试导入')
    await page.getByText('测试导入甲', { exact: true }).waitFor()
    await page.getByText('测试导入乙', { exact: true }).waitFor()
    await page.getByText('共 2 人').waitFor()
    await page.screenshot({ path: '/tmp/e2e-roster-search.png', fullPage: true })

    await openAdminPage(page, 'roster-files/index')
    await page.getByText('导出花名册').waitFor()
    const masked = await downloadExport(page)
    await page.getByText(/手机号已打码/).waitFor()
    const phoneAt = masked[0].indexOf('手机号')
    const maskedRow = masked.find((cells) => cells[0] === '测试导入甲')!
    expect(maskedRow[phoneAt]).toBe('199****1001')
    expect(masked.slice(1).every((cells) => !/^1\d{10}$/.test(cells[phoneAt]))).toBe(true)

    await page.getByText('显示完整手机号', { exact: true }).click()
    await page.getByText('⚠ 导出完整手机号会被记录在操作记录中。').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByText('导出 Excel', { exact: true }).click()
        await page.locator('.taro-model__confirm', { hasText: '导出' }).click()
      })(),
    ])
    const full = await readSheet(readFileSync((await download.path())!))
    expect(full.find((cells) => cells[0] === '测试导入甲')![phoneAt]).toBe('19900001001')
    await page.getByText(/完整手机号，已记录/).waitFor()
    const audit = await api.members.auditLog({})
    expect(JSON.stringify(dataOf(audit).items[0])).toMatch(/export/i)
    await page.context().close()
  })

  it('shows a secretary only the members of their own branch', async () => {
    const page = await openAs('刘秀英', '您好，刘秀英')
    await openAdminPage(page, 'roster/index')
    await page.getByText('管理范围：第一党支部（琼林苑）').waitFor()
    await page.getByText('加载更多').waitFor()
    const orgLines = await page.locator('.hl-member-row__org').allInnerTexts()
    expect(orgLines.length).toBe(20)
    for (const line of orgLines) expect(line).toMatch(/^(第一党支部（琼林苑）|琼林苑\d+-\d+栋党小组)$/)
    await page.screenshot({ path: '/tmp/e2e-secretary-roster.png' })

    // 陈德明 leads 第二党支部: not in her roster, while her own branch's members are.
    await searchRoster(page, '陈德明')
    await page.getByText('没有找到党员').waitFor()
    await searchRoster(page, '李桂兰')
    await page.getByText('李桂兰', { exact: true }).waitFor()
    await page.context().close()
  })
})
