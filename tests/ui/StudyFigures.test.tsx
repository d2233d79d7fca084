import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MemberStudyRow, StudyFiguresResponse } from '@core/contract'
import { ok } from '@core/envelope'
import { renderInApp, resetMocks } from './helpers/render'
import { resetTaroMock } from './mocks/taro'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({}))
jest.mock('../../src/services/study')

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/study')
const Page = (require('../../src/admin/study-figures/index') as typeof import('../../src/admin/study-figures/index')).default

const elder: MemberStudyRow = {
  memberId: 'm-elder',
  name: '李桂兰',
  orgName: '第一党小组',
  phoneMasked: '139****0001',
  elder: true,
  hours: 2.6,
  minutes: 120,
  selfMinutes: 0,
  deliveryMinutes: 120,
  remoteMinutes: 90,
  targetHours: 32,
  targetLabel: '党员',
  belowTarget: true,
  helperName: '张晓东',
}

function figures(orgId: string | undefined, belowOnly: boolean): StudyFiguresResponse {
  const committee = !orgId
  return {
    year: 2026,
    minutesPerHour: 45,
    org: committee ? { id: 'org-committee', name: '滨湖世纪社区党委' } : { id: orgId, name: '第一党支部' },
    targets: [
      { label: '支部书记、社区党委委员', hours: 56 },
      { label: '党员', hours: 32 },
    ],
    totals: { members: 34, minutes: 30000, selfMinutes: 27000, deliveryMinutes: 3000, remoteMinutes: 0, meanHours: 19.6, belowTarget: 20 },
    branches: committee
      ? [
          {
            orgId: 'org-b1',
            name: '第一党支部',
            members: 34,
            minutes: 30000,
            selfMinutes: 27000,
            deliveryMinutes: 3000,
            remoteMinutes: 0,
            meanHours: 19.6,
            belowTarget: 20,
          },
          {
            orgId: 'org-b2',
            name: '第二党支部',
            members: 32,
            minutes: 50000,
            selfMinutes: 50000,
            deliveryMinutes: 0,
            remoteMinutes: 0,
            meanHours: 34.7,
            belowTarget: 4,
          },
        ]
      : [],
    members: belowOnly
      ? [elder]
      : [elder, { ...elder, memberId: 'm-2', name: '王志强', elder: false, hours: 40, belowTarget: false, helperName: null }],
    nextCursor: null,
  }
}

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
  service.fetchStudyFigures.mockImplementation(async (data: { orgId?: string; belowOnly: boolean }) =>
    ok(figures(data.orgId, data.belowOnly)),
  )
  service.fetchAssignedMaterials.mockResolvedValue(
    ok({
      items: [{ materialId: 'sm-seed-charter', title: '党章第一章', kind: 'article', dueDate: '2026-12-20', targets: ['第一党支部'] }],
    }),
  )
})

describe('学习情况', () => {
  it('lists who is below target first, naming the elder’s helper; the committee’s branches are a chart with their numbers', async () => {
    renderInApp(Page)
    const row = await screen.findByTestId('figures-member')
    expect(within(row).getByText('未达标')).toBeTruthy()
    expect(within(row).getByText('结对党员：张晓东（可请其送学）')).toBeTruthy()
    expect(within(row).getByTestId('figures-remote').textContent).toContain('远程参加学习会等 1 小时 30 分钟')
    expect(service.fetchStudyFigures).toHaveBeenCalledWith({ belowOnly: true, limit: 20 })
    expect(screen.getByTestId('figures-branches').getAttribute('aria-label')).toContain(
      '第二党支部：人均 34.7 学时，目标 32 学时，未达标 4 / 32 人',
    )

    fireEvent.click(screen.getByText('全部党员'))
    expect(await screen.findByText('王志强')).toBeTruthy()
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '范围' })).getByText('第一党支部'))
    await waitFor(() => expect(service.fetchStudyFigures).toHaveBeenLastCalledWith({ belowOnly: false, limit: 20, orgId: 'org-b1' }))
  })

  it('opens who has not studied an assigned material', async () => {
    renderInApp(Page)
    fireEvent.click(await screen.findByText('看谁还没学'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/study-material-stats/index?id=sm-seed-charter' })
  })
})
