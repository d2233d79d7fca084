import { act, fireEvent, screen } from '@testing-library/react'
import type { MaterialDetail, RecordStudyResponse } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { renderElementInApp } from './helpers/render'
import Taro, { resetTaroMock, taroStorage } from './mocks/taro'

/**
 * The study clock on 学习资料 detail: time counts only while the page is visible and the person reads
 * (or listens); hiding the page closes the interval and records it; a lost reply is retried with the
 * same session id (so the server counts it once); idling stops the clock at the moment they stopped.
 */
const hooks: { show: Array<() => void>; hide: Array<() => void> } = { show: [], hide: [] }

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('./mocks/taro')
  return {
    __esModule: true,
    ...actual,
    default: actual.default,
    useRouter: () => ({ params: { id: 'sm-1' } }),
    useDidShow: (fn: () => void) => hooks.show.push(fn),
    useDidHide: (fn: () => void) => hooks.hide.push(fn),
  }
})
jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('./mocks/taro-components'),
  RichText: () => null,
}))
// The study pages are for Party members (a RoleGate asks who is signed in).
jest.mock('../../src/services/members', () => require('./helpers/member-signed-in'))
jest.mock('../../src/services/study', () => ({ fetchMaterial: jest.fn(), recordStudy: jest.fn() }))
jest.mock('../../src/services/storage', () => ({
  openDocument: jest.fn(async () => undefined),
  playableUrl: jest.fn(),
  fileUrl: (id: string) => id,
}))

const { fetchMaterial, recordStudy } = jest.requireMock<{ fetchMaterial: jest.Mock; recordStudy: jest.Mock }>('../../src/services/study')
const { openDocument } = jest.requireMock<{ openDocument: jest.Mock }>('../../src/services/storage')
const StudyDetailPage = (require('../../src/pages/study-detail/index') as typeof import('../../src/pages/study-detail/index')).default
const { DOCUMENT_MAX_MS, FLUSH_MS, IDLE_MS } =
  require('../../src/features/study/studyClock') as typeof import('../../src/features/study/studyClock')

const T0 = new Date('2026-11-20T01:00:00.000Z').getTime()
const MIN = 60_000

const material: MaterialDetail = {
  id: 'sm-1',
  title: '党章第一章：党员的义务和权利',
  kind: 'article',
  topic: '党章党规',
  summary: '逐条学习',
  durationMinutes: 20,
  hasAudio: false,
  archived: false,
  dueDate: '2026-12-10',
  studiedMinutes: 0,
  body: [{ runs: [{ text: '党员必须履行下列义务', bold: true }] }],
  audioFileId: null,
  pdfFileId: null,
  version: 1,
}

const credited = (minutes: number, minutesToday = minutes): RecordStudyResponse => ({
  credited: minutes,
  duplicate: false,
  minutesToday,
  capReached: minutesToday >= 60,
})

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  fireEvent(document, new Event('visibilitychange'))
}

/** Moves the clock on, with the person tapping every `everyMs` (0: not at all). */
async function spend(ms: number, everyMs = 0) {
  const step = everyMs || ms
  for (let done = 0; done < ms; done += step) {
    await act(async () => {
      jest.advanceTimersByTime(Math.min(step, ms - done))
    })
    if (everyMs) fireEvent.pointerDown(document.body)
  }
}

async function openPage() {
  const view = renderElementInApp(<StudyDetailPage />)
  await act(async () => {})
  expect(screen.getByText(material.title)).toBeTruthy()
  return view
}

const sent = () =>
  recordStudy.mock.calls.map(([data]) => data as { materialId: string; sessionId: string; startedAt: string; endedAt: string })
const lengthOf = (data: { startedAt: string; endedAt: string }) => new Date(data.endedAt).getTime() - new Date(data.startedAt).getTime()

beforeEach(() => {
  jest.useFakeTimers({ now: T0 })
  resetTaroMock()
  hooks.show = []
  hooks.hide = []
  fetchMaterial.mockReset().mockResolvedValue(ok({ material }))
  recordStudy
    .mockReset()
    .mockImplementation(async (data: { startedAt: string; endedAt: string }) => ok(credited(Math.floor(lengthOf(data) / MIN))))
  setVisibility('visible')
})

afterEach(() => {
  jest.useRealTimers()
})

describe('学习资料 detail: the study clock', () => {
  it('counts while the page is visible and the person reads, and records the interval when the page is hidden', async () => {
    await openPage()
    expect(screen.getByTestId('study-timer').textContent).toContain('正在记录学习时间')
    await spend(3 * MIN, 30_000)
    expect(recordStudy).not.toHaveBeenCalled()

    setVisibility('hidden')
    await act(async () => {})
    expect(sent()).toHaveLength(1)
    expect(sent()[0]).toMatchObject({
      materialId: 'sm-1',
      startedAt: new Date(T0).toISOString(),
      endedAt: new Date(T0 + 3 * MIN).toISOString(),
    })
    expect(sent()[0].sessionId).toMatch(/^[A-Za-z0-9_-]{6,40}$/)
    expect(screen.getByTestId('study-timer').textContent).toContain('暂停计时')

    // Time away does not count; coming back starts a new interval with a new id.
    await spend(10 * MIN)
    setVisibility('visible')
    await spend(2 * MIN, 30_000)
    setVisibility('hidden')
    await act(async () => {})
    expect(sent()).toHaveLength(2)
    expect(lengthOf(sent()[1])).toBe(2 * MIN)
    expect(sent()[1].sessionId).not.toBe(sent()[0].sessionId)
  })

  it('stops counting when the mini-program page is hidden (useDidHide), and on leaving the page', async () => {
    const view = await openPage()
    await spend(2 * MIN, 30_000)
    act(() => hooks.hide.forEach((fn) => fn()))
    await act(async () => {})
    expect(sent()).toHaveLength(1)
    expect(lengthOf(sent()[0])).toBe(2 * MIN)

    act(() => hooks.show.forEach((fn) => fn()))
    await spend(90_000, 30_000)
    view.unmount()
    await act(async () => {})
    expect(sent()).toHaveLength(2)
    expect(lengthOf(sent()[1])).toBe(90_000)
  })

  it('a page left open without reading counts only until the person stopped', async () => {
    await openPage()
    await spend(2 * MIN, 30_000)
    // No taps or scrolls for 40 minutes: the clock closes the interval at the moment they went idle.
    // (A long run is saved in pieces every FLUSH_MS, so a closed app loses little.)
    expect(FLUSH_MS).toBeLessThan(2 * MIN + IDLE_MS)
    await spend(40 * MIN)
    const total = () => sent().reduce((sum, data) => sum + lengthOf(data), 0)
    expect(total()).toBe(2 * MIN + IDLE_MS)
    expect(sent()[sent().length - 1].endedAt).toBe(new Date(T0 + 2 * MIN + IDLE_MS).toISOString())
    expect(screen.getByTestId('study-timer').textContent).toContain('暂停计时')
    const count = sent().length
    setVisibility('hidden')
    await act(async () => {})
    expect(sent()).toHaveLength(count)
  })

  it('glimpses under a minute are not sent (the server counts whole minutes)', async () => {
    await openPage()
    await spend(40_000, 10_000)
    setVisibility('hidden')
    await act(async () => {})
    expect(recordStudy).not.toHaveBeenCalled()
  })

  it('retries an interval whose reply was lost with the same session id, so it counts once', async () => {
    recordStudy.mockResolvedValueOnce(fail(appError('COMMON.INTERNAL', '网络连接失败，请检查网络后重试')))
    await openPage()
    await spend(5 * MIN - 1000, 30_000)
    setVisibility('hidden')
    await act(async () => {})
    expect(sent()).toHaveLength(1)
    const lost = sent()[0]
    expect(taroStorage.get('honglin.study.pending')).toHaveLength(1)

    setVisibility('visible')
    await spend(2 * MIN, 30_000)
    setVisibility('hidden')
    await act(async () => {})
    // The lost interval goes first, unchanged; then the new one.
    expect(sent()).toHaveLength(3)
    expect(sent()[1]).toEqual(lost)
    expect(sent()[2].sessionId).not.toBe(lost.sessionId)
    expect(taroStorage.has('honglin.study.pending')).toBe(false)
  })

  it('keeps a failed interval in memory when the device storage cannot be written, and still resends it', async () => {
    const setStorage = Taro.setStorageSync as jest.Mock
    const working = setStorage.getMockImplementation()
    setStorage.mockImplementation(() => {
      throw new Error('storage full')
    })
    recordStudy.mockResolvedValueOnce(fail(appError('COMMON.INTERNAL')))
    await openPage()
    await spend(2 * MIN, 30_000)
    setVisibility('hidden')
    await act(async () => {})
    setVisibility('visible')
    await spend(2 * MIN, 30_000)
    setVisibility('hidden')
    await act(async () => {})
    setStorage.mockImplementation(working)
    expect(sent()).toHaveLength(3)
    expect(sent()[1]).toEqual(sent()[0])
  })

  it('counts time in the PDF viewer the page handed over to, up to a limit', async () => {
    fetchMaterial.mockResolvedValue(ok({ material: { ...material, kind: 'pdf', body: [], pdfFileId: 'local:doc.pdf' } }))
    await openPage()
    fireEvent.click(screen.getByText('▣ 打开 PDF 阅读'))
    await act(async () => {})
    expect(openDocument).toHaveBeenCalledWith('local:doc.pdf')
    setVisibility('hidden')
    await spend(12 * MIN)
    setVisibility('visible')
    await act(async () => {})
    expect(sent()).toHaveLength(1)
    expect(lengthOf(sent()[0])).toBe(12 * MIN)

    // Away for two hours after opening it again: only DOCUMENT_MAX_MS count.
    fireEvent.click(screen.getByText('▣ 打开 PDF 阅读'))
    setVisibility('hidden')
    await spend(120 * MIN)
    setVisibility('visible')
    await act(async () => {})
    expect(sent()).toHaveLength(2)
    expect(lengthOf(sent()[1])).toBe(DOCUMENT_MAX_MS)

    // Hidden without opening the PDF (another app): the time away does not count.
    setVisibility('hidden')
    await spend(20 * MIN)
    setVisibility('visible')
    await act(async () => {})
    expect(sent()).toHaveLength(2)
  })

  it('says so when today’s cap for this material is reached', async () => {
    recordStudy.mockImplementation(async () => ok({ credited: 0, duplicate: false, minutesToday: 60, capReached: true }))
    await openPage()
    await spend(2 * MIN, 30_000)
    setVisibility('hidden')
    await act(async () => {})
    expect(screen.getByTestId('study-timer').textContent).toContain('今天这份资料已计满 60 分钟')
  })
})
