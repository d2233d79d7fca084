import { fireEvent, screen } from '@testing-library/react'
import { ok } from '@core/envelope'
import Taro from './mocks/taro'
import { visitorMe } from './helpers/fixtures'
import { residentMe } from './helpers/more-fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { renderInApp, resetMocks } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/services/points', () => ({ fetchPointsAccount: jest.fn(), fetchLedger: jest.fn() }))
jest.mock('../../src/services/study', () => ({ fetchMaterials: jest.fn() }))

const points = jest.requireMock<Record<string, jest.Mock>>('../../src/services/points')
const study = jest.requireMock<Record<string, jest.Mock>>('../../src/services/study')
const PointsPage = (require('../../src/pages/points/index') as typeof import('../../src/pages/points/index')).default
const StudyListPage = (require('../../src/pages/study-list/index') as typeof import('../../src/pages/study-list/index')).default

beforeEach(() => {
  resetSignIn()
  resetMocks(points)
  resetMocks(study)
})

describe('pages a visitor cannot use yet', () => {
  it('积分: a visitor sees what the bank offers and one tap to register, and nothing is loaded for them', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    renderInApp(PointsPage)
    expect(await screen.findByText('登记后就可以使用道德银行')).toBeTruthy()
    expect(screen.getByText('· 申报日行一善，审核通过后获得积分')).toBeTruthy()
    expect(screen.queryByText(/没有权限|加载没有成功|重试/)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '登记为居民' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/register/index' })
    expect(points.fetchPointsAccount).not.toHaveBeenCalled()
  })

  it('学习: a resident is told it is for Party members and offered the binding', async () => {
    fetchMe.mockResolvedValue(ok(residentMe))
    renderInApp(StudyListPage)
    expect(await screen.findByText('学习资料供党员使用')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '登记为居民' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '我是党员，申请绑定' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/binding/index' })
    expect(study.fetchMaterials).not.toHaveBeenCalled()
  })
})
