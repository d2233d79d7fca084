import { fail, ok } from '@core/envelope'
import { appError } from '@core/errors'
import { resetTaroMock } from './mocks/taro'

/**
 * Study intervals waiting to be recorded belong to whoever recorded them: in H5 one browser can switch
 * identity on the local sign-in page, and the next person must not send (and be credited with) the
 * previous person's leftovers; they go out when that person is back.
 */
jest.mock('../../src/services/study', () => ({ recordStudy: jest.fn() }))
const { recordStudy } = jest.requireMock<{ recordStudy: jest.Mock }>('../../src/services/study')
const { flushIntervals, queueInterval } =
  require('../../src/features/study/studySender') as typeof import('../../src/features/study/studySender')
const { saveDevToken } = require('../../src/services/transport/devToken') as typeof import('../../src/services/transport/devToken')

const interval = (sessionId: string) => ({
  materialId: 'sm-1',
  sessionId,
  startedAt: '2026-11-20T01:00:00.000Z',
  endedAt: '2026-11-20T01:10:00.000Z',
})

beforeEach(() => {
  resetTaroMock()
  recordStudy.mockReset()
})

it("keeps one person's unsent intervals for them when another signs in on the same browser", async () => {
  saveDevToken('token-of-li-guilan-000000000000')
  recordStudy.mockResolvedValue(fail(appError('COMMON.INTERNAL')))
  queueInterval(interval('session-li'))
  await flushIntervals()
  expect(recordStudy).toHaveBeenCalledTimes(1)

  saveDevToken('token-of-zhang-xiaodong-0000000')
  recordStudy.mockReset()
  recordStudy.mockResolvedValue(ok({ credited: 10, duplicate: false, minutesToday: 10, capReached: false }))
  queueInterval(interval('session-zhang'))
  await flushIntervals()
  expect(recordStudy.mock.calls.map(([request]) => request.sessionId)).toEqual(['session-zhang'])

  saveDevToken('token-of-li-guilan-000000000000')
  recordStudy.mockClear()
  await flushIntervals()
  expect(recordStudy.mock.calls.map(([request]) => request.sessionId)).toEqual(['session-li'])
})
