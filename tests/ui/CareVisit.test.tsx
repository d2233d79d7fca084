import { fireEvent, screen, within } from '@testing-library/react'
import type { NeedView, VisitView } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { beijingDay } from '@core/time'
import { openInApp, tapAndSettle } from './helpers/render'
import { resetTaroMock } from './mocks/taro'

/** 记录走访: the helper hands over a notice, notes a need with tags; success, refusal and retry (one request id). */
jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ elderId: 'm-elder', name: encodeURIComponent('李桂兰') }))
jest.mock('@tarojs/components', () => require('./helpers/components-with-plain-picker'))
jest.mock('../../src/services/members', () => require('./helpers/member-signed-in'))
jest.mock('../../src/services/care', () => ({ fetchNoticesForElder: jest.fn(), recordVisit: jest.fn() }))

const { fetchNoticesForElder, recordVisit } = jest.requireMock<Record<string, jest.Mock>>('../../src/services/care')
const CareVisitPage = (require('../../src/pages/care-visit/index') as typeof import('../../src/pages/care-visit/index')).default

const visit: VisitView = {
  id: 'visit-m-member-x',
  elderId: 'm-elder',
  elderName: '李桂兰',
  building: '琼林苑3栋',
  kind: 'home',
  homeVisitKind: null,
  date: beijingDay(new Date()),
  deliveredNoticeTitles: ['关于高龄党员体检的通知'],
  deliveredStudy: null,
  text: '',
  goods: null,
  money: null,
  companions: [],
  needCount: 1,
  byName: '张晓东',
  createdAt: new Date().toISOString(),
}
const need = { id: 'visit-m-member-x-n1', tags: ['housing'] } as unknown as NeedView

async function openPage() {
  await openInApp(<CareVisitPage />, '走访 李桂兰')
  await screen.findByText('关于高龄党员体检的通知')
}

beforeEach(() => {
  resetTaroMock()
  fetchNoticesForElder
    .mockReset()
    .mockResolvedValue(
      ok({ notices: [{ id: 'n-1', title: '关于高龄党员体检的通知', publishedAt: new Date().toISOString(), received: false }] }),
    )
  recordVisit.mockReset()
})

describe('记录走访', () => {
  it('records a home visit with a notice handed over and a tagged need', async () => {
    recordVisit.mockResolvedValue(ok({ visit, needs: [need], created: true }))
    await openPage()
    fireEvent.click(screen.getByText('关于高龄党员体检的通知'))
    fireEvent.click(screen.getByText('添加一条需求'))
    const box = within(screen.getByTestId('need-input'))
    fireEvent.input(box.getByRole('textbox'), { target: { value: '卫生间扶手松了' } })
    fireEvent.click(box.getByText('住房'))
    await tapAndSettle(screen.getByText('记录走访'))
    expect(recordVisit.mock.calls[0][0]).toMatchObject({
      elderId: 'm-elder',
      kind: 'home',
      date: beijingDay(new Date()),
      deliveredNoticeIds: ['n-1'],
      needs: [{ text: '卫生间扶手松了', tags: ['housing'] }],
    })
    const outcome = screen.getByTestId('visit-outcome')
    expect(outcome.textContent).toContain('走访已记录')
    expect(outcome.textContent).toContain('已当面送达通知 1 条')
    expect(outcome.textContent).toContain('需求已交支部的需求清单（住房）')
  })

  it('says what is missing before sending, and keeps one request id through a retry after a failure', async () => {
    await openPage()
    fireEvent.click(screen.getByText('添加一条需求'))
    await tapAndSettle(screen.getByText('记录走访'))
    expect(recordVisit).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toContain('有一条需求还没有写内容')
    fireEvent.click(screen.getByText('删除这条需求'))

    recordVisit.mockResolvedValueOnce(fail(appError('COMMON.INTERNAL'))).mockResolvedValueOnce(fail(appError('CARE.NOT_YOURS')))
    await tapAndSettle(screen.getByText('记录走访'))
    expect(screen.getByRole('alert').textContent).toContain('系统繁忙')
    await tapAndSettle(screen.getByText('记录走访'))
    expect(recordVisit.mock.calls[1][0].requestId).toBe(recordVisit.mock.calls[0][0].requestId)
    expect(screen.getByRole('alert').textContent).toContain('只能为结对的长辈')
    expect(screen.queryByTestId('visit-outcome')).toBeNull()
  })

  it('offers only 上门走访 and 电话联系 to a helper', async () => {
    await openPage()
    expect(screen.getByText('电话联系')).toBeTruthy()
    expect(screen.queryByText('两节慰问')).toBeNull()
  })
})
