import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MeResponse } from '@core/contract'
import { ok } from '@core/envelope'
import { memberMe } from './helpers/fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { resetSignIn } from './helpers/signed-in'

jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))

const { ManagerEntry } = require('../../src/features/workbench/ManagerEntry') as typeof import('../../src/features/workbench/ManagerEntry')

const branch = { id: 'org-b1', name: '第一党支部（琼林苑）', level: 'branch' as const }
const as = (role: MeResponse['role']): MeResponse => ({ ...memberMe, role, scope: role === 'secretary' ? branch : null })

beforeEach(resetSignIn)

describe('管理工作台 on 我的', () => {
  it('gives the admin every management page, including 组织架构 and 操作记录', async () => {
    fetchMe.mockResolvedValue(ok(as('admin')))
    render(<ManagerEntry />)
    expect(await screen.findByText('管理工作台')).toBeTruthy()
    for (const title of ['花名册', '组织架构', '导入/导出', '组织关系排查', '结对管理', '绑定审核', '操作记录'])
      expect(screen.getByText(title)).toBeTruthy()
    fireEvent.click(screen.getByText('绑定审核'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/binding-requests/index' })
  })

  it('gives a secretary their branch pages but not the admin-only ones', async () => {
    fetchMe.mockResolvedValue(ok(as('secretary')))
    render(<ManagerEntry />)
    expect(await screen.findByText('管理工作台')).toBeTruthy()
    expect(screen.getByText('第一党支部（琼林苑）')).toBeTruthy()
    expect(screen.getByText('花名册')).toBeTruthy()
    expect(screen.queryByText('组织架构')).toBeNull()
    // Secretaries read their own subtree's 操作记录 (issue 14), not the committee's admin pages.
    expect(screen.getByText('操作记录')).toBeTruthy()
  })

  it('renders nothing for a member', async () => {
    fetchMe.mockResolvedValue(ok(memberMe))
    const { container } = render(<ManagerEntry />)
    await screen.findByText((_, element) => element === container)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(container.textContent).toBe('')
  })
})
