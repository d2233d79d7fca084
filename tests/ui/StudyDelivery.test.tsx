import { fireEvent, screen, within } from '@testing-library/react'
import type { DeliveryView, PairedStudyResponse } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { beijingDay } from '@core/time'
import { openInApp, renderElementInApp, tapAndSettle } from './helpers/render'
import { resetTaroMock } from './mocks/taro'
import { builder } from './helpers/builder'

/** 结对送学: the helper records a delivery for an elder; success, already-recorded and refused states. */
jest.mock('@tarojs/components', () => require('./helpers/components-with-plain-picker'))
// The study pages are for Party members (a RoleGate asks who is signed in).
jest.mock('../../src/services/members', () => require('./helpers/member-signed-in'))
jest.mock('../../src/services/study', () => ({ fetchPairedStudy: jest.fn(), fetchMaterials: jest.fn(), recordDelivery: jest.fn() }))
jest.mock('../../src/services/storage', () => ({ pickAndUpload: jest.fn(), fileUrl: (id: string) => id }))

const { fetchPairedStudy, fetchMaterials, recordDelivery } = jest.requireMock<Record<string, jest.Mock>>('../../src/services/study')
const PairedStudyPage = (require('../../src/pages/study-paired/index') as typeof import('../../src/pages/study-paired/index')).default

const paired: PairedStudyResponse = {
  elders: [
    {
      id: 'm-elder',
      name: '李桂兰',
      pending: [
        { materialId: 'sm-charter', title: '党章第一章：党员的义务和权利', kind: 'article', dueDate: '2026-12-10' },
        { materialId: 'sm-congress', title: '二十大报告学习要点', kind: 'audio', dueDate: '2026-12-20' },
      ],
      recent: [],
    },
  ],
}

const delivery = builder<DeliveryView>(() => ({
  id: 'dl:m-elder:sm-charter:2026-11-20',
  elderId: 'm-elder',
  elderName: '李桂兰',
  helperId: 'm-member',
  helperName: '张晓东',
  materialId: 'sm-charter',
  materialTitle: '党章第一章：党员的义务和权利',
  date: beijingDay(new Date()),
  method: 'phone',
  minutes: 30,
  credited: 30,
  photoFileId: null,
}))

async function openPage() {
  await openInApp(<PairedStudyPage />, '李桂兰')
  return within(screen.getByTestId('paired-elder'))
}

beforeEach(() => {
  resetTaroMock()
  fetchPairedStudy.mockReset().mockResolvedValue(ok(paired))
  fetchMaterials.mockReset().mockResolvedValue(ok({ items: [], nextCursor: null }))
  recordDelivery.mockReset()
})

describe('结对送学 delivery form', () => {
  it('lists what the elder has not studied, and records a phone delivery of today for the first of them', async () => {
    recordDelivery.mockResolvedValue(ok({ delivery: delivery(), duplicate: false }))
    const elder = await openPage()
    expect(elder.getByText('▤ 文章 党章第一章：党员的义务和权利')).toBeTruthy()
    expect(elder.getByText('2026-12-20 前完成')).toBeTruthy()

    fireEvent.click(elder.getByText('电话送学'))
    fireEvent.click(elder.getByText('45 分钟'))
    await tapAndSettle(elder.getByText('记录送学'))
    expect(recordDelivery).toHaveBeenCalledWith({
      elderId: 'm-elder',
      materialId: 'sm-charter',
      date: beijingDay(new Date()),
      method: 'phone',
      minutes: 45,
      photoFileId: null,
    })
    const outcome = screen.getByTestId('delivery-outcome')
    expect(outcome.textContent).toContain('送学已记录')
    expect(outcome.textContent).toContain('已计入李桂兰的学习记录 30 分钟')
    // The page reloads the elder's pending materials after a delivery.
    expect(fetchPairedStudy).toHaveBeenCalledTimes(2)
  })

  it('says a delivery sent twice is already recorded, and counts nothing again', async () => {
    recordDelivery.mockResolvedValue(ok({ delivery: delivery({ method: 'visit' }), duplicate: true }))
    const elder = await openPage()
    await tapAndSettle(elder.getByText('记录送学'))
    expect(recordDelivery.mock.calls[0][0]).toMatchObject({ method: 'visit', minutes: 30, materialId: 'sm-charter' })
    const outcome = screen.getByTestId('delivery-outcome')
    expect(outcome.textContent).toContain('这次送学之前已经记录过了')
    expect(outcome.textContent).toContain('没有重复计入')

    fireEvent.click(screen.getByText('再记录一次'))
    expect(screen.queryByTestId('delivery-outcome')).toBeNull()
    expect(screen.getByText('记录送学')).toBeTruthy()
  })

  it('keeps the form and says why when the server refuses', async () => {
    recordDelivery.mockResolvedValue(fail(appError('STUDY.NOT_PAIRED')))
    const elder = await openPage()
    fireEvent.click(elder.getByText('二十大报告学习要点（2026-12-20 前）'))
    await tapAndSettle(elder.getByText('记录送学'))
    expect(recordDelivery.mock.calls[0][0]).toMatchObject({ materialId: 'sm-congress' })
    expect(screen.getByRole('alert').textContent).toContain('您不是这位长辈的结对党员')
    expect(screen.queryByTestId('delivery-outcome')).toBeNull()
  })

  it('says so when the helper has no elders', async () => {
    fetchPairedStudy.mockResolvedValue(ok({ elders: [] }))
    renderElementInApp(<PairedStudyPage />)
    expect(await screen.findByText('您还没有结对的长辈')).toBeTruthy()
  })
})
