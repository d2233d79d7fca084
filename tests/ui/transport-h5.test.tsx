import Taro from '@tarojs/taro'
import { callFunction } from '../../src/services/transport/index.h5'
import { NETWORK_FAILURE_MESSAGE } from '../../src/services/transport/reply'
import { resetTaroMock, taroStorage } from './mocks/taro'

const fetchMock = jest.fn()

function respond(status: number, body: unknown) {
  fetchMock.mockResolvedValueOnce({ status, json: () => Promise.resolve(body) })
}

beforeEach(() => {
  resetTaroMock()
  fetchMock.mockReset()
  global.fetch = fetchMock as unknown as typeof fetch
})

describe('H5 transport', () => {
  it('posts { action, data } to /api/<function> with the stored token and returns the envelope', async () => {
    taroStorage.set('honglin.devToken', 'tok-1')
    respond(200, { ok: true, data: { role: 'member' } })

    const reply = await callFunction('members', 'me', {})

    expect(reply).toEqual({ ok: true, data: { role: 'member' } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/members')
    expect(JSON.parse(init.body)).toEqual({ action: 'me', data: {} })
    expect(init.headers.authorization).toBe('Bearer tok-1')
  })

  it('turns a network failure into COMMON.INTERNAL with a plain message', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const reply = await callFunction('members', 'me', {})
    expect(reply).toEqual({ ok: false, error: { code: 'COMMON.INTERNAL', message: NETWORK_FAILURE_MESSAGE } })
  })

  it('sends the person to the local sign-in page when the host answers 401', async () => {
    respond(401, { ok: false, error: { code: 'COMMON.UNAUTHENTICATED', message: '请先登录' } })
    const reply = await callFunction('members', 'me', {})
    expect(reply.ok).toBe(false)
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/dev-login/index' })
  })

  it('never reports success for a reply that is not an envelope', async () => {
    respond(200, { result: 'whatever' })
    const reply = await callFunction('members', 'me', {})
    expect(reply).toEqual({ ok: false, error: { code: 'COMMON.INTERNAL', message: '系统繁忙，请稍后再试' } })
  })
})
