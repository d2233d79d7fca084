import Taro from '@tarojs/taro'
import { fail } from '@core/envelope'
import { appError } from '@core/errors'
import { readDevToken } from './devToken'
import { networkFailure, toReply } from './reply'
import type { CallFunction } from './types'

const API_BASE = process.env.TARO_APP_API_BASE || ''
export const DEV_LOGIN_PAGE = '/pages/dev-login/index'

let redirecting = false

/** Not signed in (or the local host restarted): go and pick an identity, once. */
function goToDevLogin() {
  if (redirecting) return
  redirecting = true
  Taro.reLaunch({ url: DEV_LOGIN_PAGE }).finally(() => {
    redirecting = false
  })
}

export const callFunction: CallFunction = async (fn, action, data) => {
  const token = readDevToken()
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`

  let response: Response
  try {
    response = await fetch(`${API_BASE}/api/${fn}`, {
      method: 'POST',
      body: JSON.stringify({ action, data }),
      headers,
    })
  } catch {
    return networkFailure()
  }

  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }
  const reply = body === undefined && response.status === 401 ? fail(appError('COMMON.UNAUTHENTICATED')) : toReply(body)
  if (!reply.ok && reply.error.code === 'COMMON.UNAUTHENTICATED') goToDevLogin()
  return reply
}
