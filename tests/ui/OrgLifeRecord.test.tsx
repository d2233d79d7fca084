import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { yearlyRecordOf } from '@core/activities/org-life'
import type { YearlyRecordResponse } from '@core/contract'
import { ok } from '@core/envelope'
import { beijingYear } from '@core/time'
import { resetTaroMock } from './mocks/taro'
import './helpers/taro-extras'
import { renderInApp, resetMocks } from './helpers/render'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({}))
jest.mock('../../src/services/activities')
jest.mock('../../src/services/files', () => ({ saveFile: jest.fn(async () => undefined) }))

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const files = jest.requireMock<{ saveFile: jest.Mock }>('../../src/services/files')
const Page = (require('../../src/admin/org-life-record/index') as typeof import('../../src/admin/org-life-record/index')).default

const YEAR = beijingYear(Date.now()) - 1

function yearly(orgId = 'org-b1', orgName = '第一党支部'): YearlyRecordResponse {
  const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`)
  const meetings = months.flatMap((month) => [
    ...(month.endsWith('-05') ? [] : [{ kind: 'themeDay' as const, month, rate: 90 }]),
    { kind: 'groupMeeting' as const, month, rate: null },
    ...(['-03', '-06', '-09', '-12'].some((end) => month.endsWith(end))
      ? [
          { kind: 'branchMeeting' as const, month, rate: 80 },
          { kind: 'partyLesson' as const, month, rate: null },
        ]
      : []),
  ])
  return {
    year: YEAR,
    orgId,
    orgName,
    branches: [
      { id: 'org-b1', name: '第一党支部' },
      { id: 'org-b2', name: '第二党支部' },
    ],
    record: yearlyRecordOf(YEAR, meetings, `${YEAR + 1}-01`),
    meetings: [
      {
        activityId: 'act-9',
        kind: 'branchMeeting',
        title: '三月支部党员大会',
        startAt: `${YEAR}-03-15T01:00:00.000Z`,
        counts: { expected: 30, present: 24, delivered: 2, leave: 3, absent: 1, walkIns: 0, rate: 89 },
        version: 1,
      },
    ],
  }
}

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
  files.saveFile.mockClear()
})

describe('组织生活台账', () => {
  it('shows the missed 主题党日 as ✗ 未开展 in words, the totals, and the meetings with their register', async () => {
    service.fetchYearlyRecord.mockResolvedValue(ok(yearly()))
    renderInApp(Page)
    fireEvent.click(await screen.findByText(`${YEAR} 年`))
    await waitFor(() => expect(service.fetchYearlyRecord).toHaveBeenLastCalledWith(YEAR, undefined))
    expect((await screen.findByTestId('yearly-totals')).textContent).toBe('应开展 32 次 · 已开展 31 次 · 未开展 1 次')
    const may = screen.getAllByTestId('yearly-month')[4]
    expect(within(may).getByText('✗ 未开展')).toBeTruthy()
    expect(within(screen.getAllByTestId('yearly-month')[2]).getAllByText('✓ 已开展')).toHaveLength(4)
    expect(screen.getByText('应到 30 · 实到 24 · 请假 3 · 缺席 1 · 到会率 89%')).toBeTruthy()
    expect(screen.getByText('已签字确认（第 1 版）')).toBeTruthy()
  })

  it('opened from 数据看板 with a branch, it shows that branch', async () => {
    const route = jest.requireMock<{ useRouter: () => { params: Record<string, string> } }>('@tarojs/taro').useRouter().params
    route.orgId = 'org-b2'
    service.fetchYearlyRecord.mockResolvedValue(ok(yearly('org-b2', '第二党支部')))
    try {
      renderInApp(Page)
      await waitFor(() => expect(service.fetchYearlyRecord).toHaveBeenCalledWith(beijingYear(Date.now()), 'org-b2'))
      expect(await screen.findByText(`第二党支部 ${YEAR} 年组织生活`)).toBeTruthy()
    } finally {
      delete route.orgId
    }
  })

  it('the committee switches branch; 导出 Excel 台账 saves the file of the branch shown', async () => {
    service.fetchYearlyRecord.mockImplementation(async (_year: number, orgId?: string) =>
      ok(orgId === 'org-b2' ? yearly('org-b2', '第二党支部') : yearly()),
    )
    const file = {
      fileId: 'cloud://env/exports/org-life/x.xlsx',
      url: 'http://127.0.0.1/x.xlsx',
      expiresAt: '2099-01-01T00:00:00.000Z',
      filename: '第二党支部-台账.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }
    service.exportYearlyRecord.mockResolvedValue(ok(file))
    renderInApp(Page)
    fireEvent.click(await screen.findByText('第二党支部'))
    expect(await screen.findByText(/第二党支部 \d+ 年组织生活/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel 台账' }))
    await waitFor(() => expect(files.saveFile).toHaveBeenCalledWith(file))
    expect(service.exportYearlyRecord.mock.calls[0][1]).toBe('org-b2')
  })
})
