import { fireEvent, render, screen, within } from '@testing-library/react'
import type { MaterialListItem } from '@core/contract'
import { ok } from '@core/envelope'
import { HomeSection } from '../../src/features/study/HomeSection'
import { MineSection } from '../../src/features/study/MineSection'
import Taro, { resetTaroMock } from './mocks/taro'
import { memberMe } from './helpers/fixtures'
import { helperMe, residentMe } from './helpers/more-fixtures'
import { renderInApp } from './helpers/render'

/** 学习资料: assigned to me first (earliest due first), topics; and the ways in from 首页 and 我的. */
// The study pages are for Party members (a RoleGate asks who is signed in).
jest.mock('../../src/services/members', () => require('./helpers/member-signed-in'))
jest.mock('../../src/services/study', () => ({ fetchMaterials: jest.fn() }))
const { fetchMaterials } = jest.requireMock<{ fetchMaterials: jest.Mock }>('../../src/services/study')
const StudyListPage = (require('../../src/pages/study-list/index') as typeof import('../../src/pages/study-list/index')).default

function item(id: string, title: string, overrides: Partial<MaterialListItem> = {}): MaterialListItem {
  return {
    id,
    title,
    kind: 'article',
    topic: '党章党规',
    summary: '',
    durationMinutes: 20,
    hasAudio: false,
    archived: false,
    dueDate: null,
    studiedMinutes: 0,
    ...overrides,
  }
}

beforeEach(() => {
  resetTaroMock()
  fetchMaterials.mockReset()
})

describe('学习资料 list', () => {
  it('shows what is assigned to me first, earliest due date first, with kind, due date and progress', async () => {
    fetchMaterials.mockResolvedValue(
      ok({
        items: [
          item('a', '身边榜样', { topic: '身边榜样' }),
          item('b', '二十大要点', { kind: 'audio', dueDate: '2026-12-20', studiedMinutes: 25 }),
          item('c', '党章第一章', { kind: 'pdf', dueDate: '2026-12-05' }),
        ],
        nextCursor: null,
      }),
    )
    renderInApp(StudyListPage)
    expect(await screen.findByText('指派给我的（2）')).toBeTruthy()
    const rows = screen.getAllByRole('link')
    // Each row is named by what it shows (title, kind, due date), in this order.
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/PDF.*2026-12-05 前完成.*党章第一章/),
      expect.stringMatching(/音频.*2026-12-20 前完成.*二十大要点/),
      expect.not.stringMatching(/前完成/),
    ])
    expect(rows[2].textContent).toContain('身边榜样')
    expect(within(rows[0]).getByText('▣ PDF')).toBeTruthy()
    expect(within(rows[1]).getByText('已学完')).toBeTruthy()
    expect(within(rows[1]).getByText(/已学 25 分钟/)).toBeTruthy()
    expect(within(rows[2]).getByText(/还没有学/)).toBeTruthy()

    fireEvent.click(rows[0])
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/study-detail/index?id=c' })
  })

  it('asks the server for one topic when it is chosen, and says when it has nothing', async () => {
    fetchMaterials.mockResolvedValue(ok({ items: [], nextCursor: null }))
    renderInApp(StudyListPage)
    expect(await screen.findByText('还没有学习资料')).toBeTruthy()
    fireEvent.click(screen.getByText('党史学习'))
    expect(await screen.findByText('「党史学习」还没有学习资料')).toBeTruthy()
    expect(fetchMaterials).toHaveBeenLastCalledWith({ topic: '党史学习' })
  })
})

describe('study entries on 首页 and 我的', () => {
  const titles = () => screen.queryAllByRole('link').map((link) => link.textContent)

  it('a member sees 学习资料 and 我的学习; a helper also 结对送学', () => {
    const { unmount } = render(<HomeSection me={memberMe} />)
    expect(titles()).toEqual(['学习资料文章 · 音频 · PDF', '我的学习学时与年度目标'])
    unmount()
    render(<MineSection me={helperMe} />)
    expect(titles()).toEqual(['学习资料 · 文章 · 音频 · PDF›', '我的学习 · 学时与年度目标›', '结对送学 · 2 位长辈›'])
    fireEvent.click(screen.getByText('结对送学'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/study-paired/index' })
  })

  it('residents and visitors see no study entries (study is for Party members)', () => {
    const { container } = render(
      <>
        <HomeSection me={residentMe} />
        <MineSection me={residentMe} />
      </>,
    )
    expect(container.innerHTML).toBe('')
  })
})
