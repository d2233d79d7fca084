import { fireEvent, screen } from '@testing-library/react'
import type { TicketView, WishView } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { openInApp, resetMocks, tapAndSettle } from './helpers/render'
import { memberMe } from './helpers/fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { resetSignIn } from './helpers/signed-in'
import { builder } from './helpers/builder'

/** 心愿详情 and 诉求详情: who sees which action, confirmations before claiming, the server's refusals in words. */
jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'wish-1' }))
jest.mock('@tarojs/components', () => jest.requireActual('./helpers/components-with-inputs'))
jest.mock('../../src/services/community')
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/services/storage', () => ({ pickAndUpload: jest.fn(), fileUrl: (id: string) => id }))
jest.mock('../../src/shared/confirm', () => ({ ...jest.requireActual('../../src/shared/confirm'), confirmAction: jest.fn() }))

const community = jest.requireMock<Record<string, jest.Mock>>('../../src/services/community')
const { confirmAction } = jest.requireMock<Record<string, jest.Mock>>('../../src/shared/confirm')
const WishPage = (require('../../src/pages/community-wish/index') as typeof import('../../src/pages/community-wish/index')).default
const TicketPage = (require('../../src/pages/community-ticket/index') as typeof import('../../src/pages/community-ticket/index')).default

const wish = builder<WishView>(() => ({
  id: 'wish-1',
  title: '想请人帮忙修好家里的旧收音机',
  text: '收音机没有声音了',
  needBy: '2026-12-20',
  photo: null,
  status: 'open',
  wisherName: '赵*娜',
  claimantName: null,
  fulfilPhoto: null,
  fulfilNote: null,
  reason: null,
  lapses: 0,
  postedAt: '2026-12-01T02:00:00.000Z',
  claimedAt: null,
  fulfilledAt: null,
  confirmedAt: null,
  myPart: null,
}))

const ticket = builder<TicketView>(() => ({
  id: 'wish-1',
  number: 'MS-20261201-AB12',
  kind: 'report',
  category: 'drainage',
  building: '海福巷3号',
  text: '海福巷3号下水道堵塞',
  photos: [],
  reporterName: '赵丽娜',
  status: 'closed',
  handler: { kind: 'unit', name: '光华路街道城管科' },
  acceptedDay: '2026-09-30',
  dueDay: '2026-11-03',
  clock: 'done',
  workingDaysLeft: null,
  escalated: false,
  closedAt: '2026-10-20T02:00:00.000Z',
  daysToClose: 20,
  result: '更换管道，彻底根除满溢',
  resultPhotos: [],
  rating: null,
  ratingComment: null,
  reopens: 0,
  reopenUntil: '2026-10-27T02:00:00.000Z',
  timeline: [{ step: 'report', at: '2026-09-30T02:00:00.000Z', byName: '赵丽娜', byRole: '居民', text: '提交诉求' }],
  reportedAt: '2026-09-30T02:00:00.000Z',
  mine: true,
}))

beforeEach(() => {
  resetSignIn()
  resetMocks(community)
  fetchMe.mockResolvedValue(ok(memberMe))
  confirmAction.mockReset().mockResolvedValue(true)
})

describe('心愿详情', () => {
  it('offers 我来认领 to a neighbour, asks first, then shows the claim', async () => {
    community.fetchWish.mockResolvedValue(ok({ wish: wish() }))
    community.claimWish.mockResolvedValue(ok({ wish: wish({ status: 'claimed', claimantName: '张建国', myPart: 'claimant' }) }))
    await openInApp(<WishPage />, '想请人帮忙修好家里的旧收音机')
    expect(screen.getByText('赵*娜')).toBeTruthy()
    await screen.findByText('我来认领')
    await tapAndSettle(screen.getByText('我来认领'))
    expect(confirmAction).toHaveBeenCalledWith('认领心愿', expect.stringContaining('2026-12-20 前完成'), '认领')
    expect(community.claimWish).toHaveBeenCalledWith('wish-1')
    expect(screen.getByText('已认领')).toBeTruthy()
    // Now the claimant is asked for a photo of it done, not offered to claim again.
    expect(screen.queryByText('我来认领')).toBeNull()
    await tapAndSettle(screen.getByText('提交完成'))
    expect(community.fulfilWish).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toContain('请上传一张完成时的照片')
  })

  it('says it in words when someone else was quicker', async () => {
    community.fetchWish.mockResolvedValue(ok({ wish: wish() }))
    community.claimWish.mockResolvedValue(fail(appError('WISH.NOT_OPEN')))
    await openInApp(<WishPage />, '想请人帮忙修好家里的旧收音机')
    await screen.findByText('我来认领')
    await tapAndSettle(screen.getByText('我来认领'))
    expect(screen.getByRole('alert').textContent).toContain('该心愿已被认领或已完成')
  })

  it('does not claim when the person cancels the confirmation', async () => {
    confirmAction.mockResolvedValue(false)
    community.fetchWish.mockResolvedValue(ok({ wish: wish() }))
    await openInApp(<WishPage />, '想请人帮忙修好家里的旧收音机')
    await screen.findByText('我来认领')
    await tapAndSettle(screen.getByText('我来认领'))
    expect(community.claimWish).not.toHaveBeenCalled()
  })

  it('lets the wisher confirm a fulfilled wish, and never claim their own', async () => {
    community.fetchWish.mockResolvedValue(
      ok({ wish: wish({ status: 'fulfilled', myPart: 'wisher', claimantName: '张晓东', fulfilNote: '已修好' }) }),
    )
    community.confirmWish.mockResolvedValue(ok({ wish: wish({ status: 'confirmed', myPart: 'wisher' }), points: 10 }))
    await openInApp(<WishPage />, '想请人帮忙修好家里的旧收音机')
    expect(screen.queryByText('我来认领')).toBeNull()
    await tapAndSettle(screen.getByText('确认心愿已完成'))
    expect(community.confirmWish).toHaveBeenCalledWith('wish-1')
    expect(screen.getByText('已圆梦')).toBeTruthy()
  })
})

describe('诉求详情', () => {
  it('shows the clock and timeline, and the reporter rates the closed ticket', async () => {
    community.fetchTicket.mockResolvedValue(ok({ ticket: ticket() }))
    community.rateTicket.mockResolvedValue(ok({ ticket: ticket({ status: 'rated', rating: 4 }) }))
    await openInApp(<TicketPage />, '海福巷3号下水道堵塞')
    expect(screen.getByText('期限 2026-11-03 · 已办结', { exact: false })).toBeTruthy()
    expect(screen.getByText('赵丽娜（居民）：提交诉求')).toBeTruthy()
    fireEvent.click(screen.getByText('4 星 满意'))
    await tapAndSettle(screen.getByText('提交评价'))
    expect(community.rateTicket).toHaveBeenCalledWith({ ticketId: 'wish-1', rating: 4, comment: '' })
    expect(screen.getByText('已评价')).toBeTruthy()
    expect(screen.queryByText('提交评价')).toBeNull()
  })

  it('offers no rating to anyone but the reporter', async () => {
    community.fetchTicket.mockResolvedValue(ok({ ticket: ticket({ mine: false, reporterName: '赵*娜' }) }))
    await openInApp(<TicketPage />, '海福巷3号下水道堵塞')
    expect(screen.queryByText('提交评价')).toBeNull()
    expect(screen.queryByText('申请重新办理')).toBeNull()
  })
})
