import { fireEvent, screen, waitFor } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { taroExtras } from './helpers/taro-extras'
import { helperMe, residentMe, secretaryMe } from './helpers/more-fixtures'
import { confirmRelation, fetchMe, fetchMyElders, setRankingOptOut, updateMyContact } from './helpers/members-service-mock'
import { fillInAndTap, renderInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))

const MinePage = (require('../../src/pages/mine/index') as typeof import('../../src/pages/mine/index')).default

const renderMine = () => renderInApp(MinePage)

const elders = [
  { id: 'm-elder', name: '李桂兰', phone: '13900000100', building: '琼林苑3栋', unit: '1单元', birthYear: 1938 },
  { id: 'm-0009', name: '周玉兰', phone: '13900000009', building: '琼林苑4栋', unit: '2单元', birthYear: 1940 },
]

beforeEach(resetSignIn)

describe('我的 for a helper', () => {
  it('lists the paired elders with a phone button that dials them', async () => {
    fetchMe.mockResolvedValue(ok(helperMe))
    fetchMyElders.mockResolvedValue(ok({ elders }))
    renderMine()
    expect(await screen.findByText('李桂兰')).toBeTruthy()
    expect(screen.getByText('电话：13900000009')).toBeTruthy()
    fireEvent.click(screen.getAllByRole('button', { name: '拨打电话' })[1])
    expect(taroExtras.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13900000009' })
  })

  it('confirms an elder for 组织关系排查 after a call', async () => {
    fetchMe.mockResolvedValue(ok(helperMe))
    fetchMyElders.mockResolvedValue(ok({ elders }))
    confirmRelation.mockResolvedValue(ok({ checkId: 'check-1', memberId: 'm-elder', method: 'helper', firstConfirmation: true }))
    renderMine()
    await screen.findByText('李桂兰')
    fireEvent.click(screen.getAllByRole('button', { name: '已电话联系，确认联系方式有效' })[0])
    expect(await screen.findByText('✓ 已为李桂兰确认联系方式有效')).toBeTruthy()
    expect(confirmRelation).toHaveBeenCalledWith('m-elder')
  })

  it('says so when the elders cannot be loaded, and retries', async () => {
    fetchMe.mockResolvedValue(ok(helperMe))
    fetchMyElders.mockResolvedValueOnce(fail(appError('COMMON.INTERNAL'))).mockResolvedValueOnce(ok({ elders }))
    renderMine()
    expect(await screen.findByText('长辈名单没有加载成功：系统繁忙，请稍后再试')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByText('李桂兰')).toBeTruthy()
  })

  it('confirms their own contact details in one tap for an open check', async () => {
    fetchMe.mockResolvedValueOnce(ok(helperMe)).mockResolvedValue(ok({ ...helperMe, pendingRelationCheck: null }))
    fetchMyElders.mockResolvedValue(ok({ elders: [] }))
    confirmRelation.mockResolvedValue(ok({ checkId: 'check-1', memberId: 'm-member', method: 'self', firstConfirmation: true }))
    renderMine()
    expect(await screen.findByText('2025 年组织关系排查')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '确认联系方式有效' }))
    await waitFor(() => expect(screen.queryByText('2025 年组织关系排查')).toBeNull())
    expect(confirmRelation).toHaveBeenCalledWith(undefined)
  })
})

describe('我的 personal settings', () => {
  it('edits contact details, leaving the masked phone alone when its box is empty', async () => {
    fetchMe.mockResolvedValue(ok(residentMe))
    updateMyContact.mockResolvedValue(ok(residentMe))
    renderMine()
    fireEvent.click(await screen.findByRole('button', { name: '修改联系方式' }))
    await screen.findByLabelText('单元')
    fillInAndTap({ 单元: '3单元' }, '保存')
    await waitFor(() => expect(updateMyContact).toHaveBeenCalledWith({ building: '琼林苑3栋', unit: '3单元' }))
    expect(await screen.findByRole('button', { name: '修改联系方式' })).toBeTruthy()
  })

  it('shows a taken phone number under the phone field', async () => {
    fetchMe.mockResolvedValue(ok(residentMe))
    updateMyContact.mockResolvedValue(fail(appError('MEMBER.PHONE_TAKEN')))
    renderMine()
    fireEvent.click(await screen.findByRole('button', { name: '修改联系方式' }))
    fillInAndTap({ 新手机号: '13900000007' }, '保存')
    expect(await screen.findByText('⚠ 该手机号已属于花名册中的其他党员')).toBeTruthy()
  })

  it('opts out of rankings with a switch whose state is said in words', async () => {
    fetchMe.mockResolvedValueOnce(ok(residentMe)).mockResolvedValue(ok({ ...residentMe, rankingOptOut: true }))
    setRankingOptOut.mockResolvedValue(ok({ ...residentMe, rankingOptOut: true }))
    renderMine()
    expect(await screen.findByText('未隐藏：排行榜上会显示我')).toBeTruthy()
    fireEvent.click(screen.getByRole('switch', { name: '不在排行榜中显示我' }))
    expect(await screen.findByText('已隐藏：排行榜上不显示我')).toBeTruthy()
    expect(setRankingOptOut).toHaveBeenCalledWith(true)
  })

  it('shows 管理工作台 to a secretary', async () => {
    fetchMe.mockResolvedValue(ok(secretaryMe))
    renderMine()
    expect(await screen.findByText('管理工作台')).toBeTruthy()
    expect(screen.getByText('绑定审核')).toBeTruthy()
  })
})
