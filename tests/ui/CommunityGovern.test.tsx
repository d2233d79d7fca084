import { fireEvent, screen } from '@testing-library/react'
import type { EvaluationView, TopicView } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { openInApp, renderElementInApp, renderInApp, resetMocks, tapAndSettle } from './helpers/render'
import { memberMe, visitorMe } from './helpers/fixtures'
import { residentMe } from './helpers/more-fixtures'
import { MineSection } from '../../src/features/community/MineSection'
import { fetchMe } from './helpers/members-service-mock'
import { resetSignIn } from './helpers/signed-in'
import { builder } from './helpers/builder'

/** 议题详情 and 参加评议: one vote asked first, the server's refusals in words, a ballot sent only when complete. */
jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'topic-1' }))
jest.mock('@tarojs/components', () => jest.requireActual('./helpers/components-with-inputs'))
jest.mock('../../src/services/govern')
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/shared/confirm', () => ({ ...jest.requireActual('../../src/shared/confirm'), confirmAction: jest.fn() }))

const govern = jest.requireMock<Record<string, jest.Mock>>('../../src/services/govern')
const { confirmAction } = jest.requireMock<Record<string, jest.Mock>>('../../src/shared/confirm')
const TopicPage = (require('../../src/pages/community-topic/index') as typeof import('../../src/pages/community-topic/index')).default
const EvaluationPage = (
  require('../../src/pages/community-evaluation/index') as typeof import('../../src/pages/community-evaluation/index')
).default

const topic = builder<TopicView>(() => ({
  id: 'topic-1',
  title: '3栋楼下是否加装电动车充电桩',
  background: '楼道里充电有火灾隐患',
  options: ['同意加装', '不同意'],
  deadline: '2026-12-10T12:00:00.000Z',
  audience: { kind: 'building', orgId: null, building: '琼林苑3栋', label: '琼林苑3栋' },
  origin: 'branch',
  ticketId: null,
  status: 'open',
  proposerName: '张书记',
  supportNeeded: 0,
  supportCount: 0,
  commentCount: 0,
  tally: [3, 1],
  votes: 4,
  myVote: null,
  mySupport: false,
  canVote: true,
  manages: false,
  decision: null,
  followUpActivityId: null,
  decidedAt: null,
  meeting: null,
  createdAt: '2026-12-01T02:00:00.000Z',
}))

const evaluation = builder<EvaluationView>(() => ({
  id: 'topic-1',
  kind: 'members',
  title: '2026年度民主评议党员',
  orgName: '第一党支部（琼林苑）',
  subjects: [
    { personId: 'm-1', name: '王芳', selfAssessment: '按时参加组织生活' },
    { personId: 'm-2', name: '李强', selfAssessment: null },
  ],
  closesAt: '2026-12-15T12:00:00.000Z',
  closed: false,
  eligible: 2,
  voted: false,
  canVote: true,
  myGroup: 'members',
  raterCounts: { residents: 0, partners: 0 },
  manages: false,
  turnout: null,
  myResult: null,
  isSubject: false,
  mySelfAssessment: null,
}))

beforeEach(() => {
  resetSignIn()
  resetMocks(govern)
  govern.fetchTopicComments.mockResolvedValue(ok({ items: [], nextCursor: null }))
  fetchMe.mockResolvedValue(ok(memberMe))
  confirmAction.mockReset().mockResolvedValue(true)
})

describe('议题详情', () => {
  it('asks before the one vote, then shows my choice and no more vote buttons', async () => {
    govern.fetchTopic.mockResolvedValue(ok({ topic: topic() }))
    govern.voteTopic.mockResolvedValue(ok({ topic: topic({ myVote: 0, canVote: false, tally: [4, 1], votes: 5 }), counted: true }))
    await openInApp(<TopicPage />, '3栋楼下是否加装电动车充电桩')
    expect(screen.getByText('3 票 · 75%')).toBeTruthy()
    await tapAndSettle(screen.getByText('投「同意加装」'))
    expect(confirmAction).toHaveBeenCalledWith('确认投票', expect.stringContaining('每人只能投一次'), '投票')
    expect(govern.voteTopic).toHaveBeenCalledWith('topic-1', 0)
    expect(screen.getByText('同意加装（我的选择）')).toBeTruthy()
    expect(screen.queryByText('投「不同意」')).toBeNull()
  })

  it('does not vote when the person cancels, and says in words when the vote has closed', async () => {
    govern.fetchTopic.mockResolvedValue(ok({ topic: topic() }))
    govern.voteTopic.mockResolvedValue(fail(appError('TOPIC.VOTE_CLOSED')))
    await openInApp(<TopicPage />, '3栋楼下是否加装电动车充电桩')
    confirmAction.mockResolvedValueOnce(false)
    await tapAndSettle(screen.getByText('投「不同意」'))
    expect(govern.voteTopic).not.toHaveBeenCalled()
    await tapAndSettle(screen.getByText('投「不同意」'))
    expect(screen.getByRole('alert').textContent).toContain('投票已截止')
  })

  it('shows the decision, the 议事会 with 物业 and 业委会, and a hidden comment only by its reason', async () => {
    govern.fetchTopic.mockResolvedValue(
      ok({
        topic: topic({
          status: 'decided',
          canVote: false,
          decision: '同意加装，由物业实施',
          meeting: {
            heldOn: '2026-12-11',
            place: '邻里客厅',
            attendees: [
              { name: '王建国', side: '物业' },
              { name: '李淑芬', side: '业委会' },
            ],
            minutes: '三方商定位置',
          },
        }),
      }),
    )
    govern.fetchTopicComments.mockResolvedValue(
      ok({
        items: [
          {
            id: 'c1',
            authorName: '赵*娜',
            text: null,
            hidden: true,
            hiddenReason: '含有个人信息',
            mine: false,
            createdAt: '2026-12-02T02:00:00.000Z',
          },
        ],
        nextCursor: null,
      }),
    )
    await openInApp(<TopicPage />, '同意加装，由物业实施')
    expect(screen.getByText('王建国（物业）、李淑芬（业委会）')).toBeTruthy()
    expect(await screen.findByText('该评论已被隐藏：含有个人信息')).toBeTruthy()
    expect(screen.queryByText('发表意见')).toBeNull()
  })
})

describe('参加评议', () => {
  it('sends the ballot only with a grade for everyone, after saying it is anonymous', async () => {
    govern.fetchEvaluation.mockResolvedValue(ok({ evaluation: evaluation() }))
    govern.castEvaluation.mockResolvedValue(ok({ evaluation: evaluation({ voted: true, canVote: false }) }))
    await openInApp(<EvaluationPage />, '2026年度民主评议党员')
    fireEvent.click(screen.getAllByText('优秀')[0])
    await tapAndSettle(screen.getByText('匿名提交'))
    expect(govern.castEvaluation).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toContain('还有 1 位没有选择等次')
    fireEvent.click(screen.getAllByText('合格')[1])
    await tapAndSettle(screen.getByText('匿名提交'))
    expect(confirmAction).toHaveBeenCalledWith('提交评议', expect.stringContaining('选票不记录投票人'), '提交')
    expect(govern.castEvaluation).toHaveBeenCalledWith({
      campaignId: 'topic-1',
      grades: [
        { personId: 'm-1', grade: 'excellent' },
        { personId: 'm-2', grade: 'qualified' },
      ],
    })
    expect(screen.getByText('您已匿名提交评议，谢谢参与。')).toBeTruthy()
  })

  it('shows my own result and the turnout after the close', async () => {
    govern.fetchEvaluation.mockResolvedValue(
      ok({
        evaluation: evaluation({
          closed: true,
          canVote: false,
          voted: true,
          turnout: 2,
          isSubject: true,
          myResult: { excellent: 1, qualified: 1, basic: 0, unqualified: 0 },
        }),
      }),
    )
    await openInApp(<EvaluationPage />, '2026年度民主评议党员')
    expect(screen.getByText('2 / 2 人')).toBeTruthy()
    expect(screen.getByText('优秀 1 · 合格 1 · 基本合格 0 · 不合格 0')).toBeTruthy()
  })

  it('offers a visitor registration instead of the ballot', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    renderInApp(EvaluationPage)
    expect(await screen.findByText('登记后就可以使用民主评议')).toBeTruthy()
    expect(govern.fetchEvaluation).not.toHaveBeenCalled()
  })

  it('lets a resident named as 居民代表 in to rate the secretary, without “包括您自己”', async () => {
    fetchMe.mockResolvedValue(ok(residentMe))
    govern.fetchEvaluation.mockResolvedValue(
      ok({
        evaluation: evaluation({
          kind: 'report',
          subjects: [{ personId: 'm-1', name: '刘秀英', selfAssessment: null }],
          myGroup: 'residents',
          raterCounts: { residents: 3, partners: 1 },
        }),
      }),
    )
    renderInApp(EvaluationPage)
    expect(await screen.findByText('本支部党员 · 居民代表 3 人 · 共建单位代表 1 人')).toBeTruthy()
    expect(screen.getByText('居民代表')).toBeTruthy()
    expect(screen.getByText(/^请为每一位评议对象选择等次/)).toBeTruthy()
  })
})

describe('我的 · 邻里互助', () => {
  it('offers 民主评议 to residents too (居民代表 rate in a 述职评议)', () => {
    renderElementInApp(<MineSection me={residentMe} />)
    expect(screen.getByText('民主评议')).toBeTruthy()
    expect(screen.getByText('居民代表参加书记述职评议')).toBeTruthy()
  })
})
