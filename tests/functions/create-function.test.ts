import { z } from 'zod'
import { defineAction } from '../../core/contract/define'
import { failure, success } from '../../core/result'
import { MANAGERS } from '../../core/roles'
import { createFunction } from '../../cloudfunctions/_core/create-function'
import { runAs } from '../../cloudfunctions/_core/local-context'
import { useCommunityDb } from './helpers'
import { P } from '../support'

const spec = {
  echo: defineAction<{ text: string; role: string }>()({
    request: { text: z.string().max(10) },
    roles: MANAGERS,
    summary: '回显',
  }),
  explode: defineAction<never>()({ request: {}, roles: MANAGERS, summary: '出错' }),
  refuse: defineAction<never>()({ request: {}, roles: MANAGERS, summary: '拒绝' }),
}

const main = createFunction(spec, {
  echo: async ({ data, caller }) => success({ text: data.text, role: caller.role }),
  explode: async () => {
    throw new Error('relation "secret_table" does not exist at /srv/app.js:1')
  },
  refuse: async () => failure('COMMON.CONFLICT'),
})

/** The router under test is no function of the contract: it is called the way the local host calls one. */
const invoke = (openid: string, action: string, data: unknown = {}) => runAs(openid, () => main({ action, data }))

useCommunityDb('router')

describe('createFunction', () => {
  it('runs the handler with validated data and the caller resolved from the roster', async () => {
    expect(await invoke(P.secretary.openid, 'echo', { text: 'hi' })).toEqual({ ok: true, data: { text: 'hi', role: 'secretary' } })
  })

  it('refuses roles the action does not allow', async () => {
    for (const openid of [P.member.openid, P.resident.openid, 'stranger']) {
      expect(await invoke(openid, 'echo', { text: 'hi' })).toMatchObject({ ok: false, error: { code: 'COMMON.FORBIDDEN' } })
    }
  })

  it('refuses a role before it looks at the payload', async () => {
    expect(await invoke(P.member.openid, 'echo', { text: { $gt: '' } })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.FORBIDDEN' },
    })
  })

  it('validates the payload before the handler runs', async () => {
    expect(await invoke(P.admin.openid, 'echo', { text: 'x'.repeat(11) })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'text' },
    })
    expect(await invoke(P.admin.openid, 'echo', { text: { $gt: '' } })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'text' },
    })
  })

  it('rejects events that are not { action, data }', async () => {
    for (const event of [null, 'echo', [], { data: {} }, { action: 1 }, { action: 'echo', data: {}, openid: P.admin.openid }]) {
      const reply = await main(event)
      expect(reply).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
    }
  })

  it('passes an expected failure through as a value', async () => {
    expect(await invoke(P.admin.openid, 'refuse')).toEqual({
      ok: false,
      error: { code: 'COMMON.CONFLICT', message: '数据已被他人修改，请刷新后再试' },
    })
  })

  it('turns anything unexpected into COMMON.INTERNAL with a request id and no detail', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const reply = (await invoke(P.admin.openid, 'explode')) as {
      ok: false
      error: { code: string; message: string; requestId: string }
    }
    expect(reply.ok).toBe(false)
    expect(reply.error.code).toBe('COMMON.INTERNAL')
    expect(reply.error.message).toBe('系统繁忙，请稍后再试')
    expect(JSON.stringify(reply)).not.toMatch(/secret_table|srv|Error/)
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(reply.error.requestId))
    logged.mockRestore()
  })
})
