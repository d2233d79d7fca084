import { readDevToken } from '../transport/devToken'
import type { RequestSubscription, SubscriptionAnswer } from './types'

const API_BASE = process.env.TARO_APP_API_BASE || ''

/**
 * H5 has no subscription dialog: the page's 提醒我 choice answers for it. An allowed answer is
 * recorded by the local cloud as WeChat would record the person's 允许 (POST /api/dev/subscriptions).
 */
export const requestSubscription: RequestSubscription = async (templateIds, wanted) => {
  const ids = templateIds.slice(0, 3)
  const answer = (value: 'accept' | 'reject') => Object.fromEntries(ids.map((id) => [id, value])) as SubscriptionAnswer
  if (!wanted || !ids.length) return answer('reject')
  const token = readDevToken()
  try {
    const response = await fetch(`${API_BASE}/api/dev/subscriptions`, {
      method: 'POST',
      body: JSON.stringify({ templateIds: ids }),
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })
    return answer(response.ok ? 'accept' : 'reject')
  } catch {
    return answer('reject')
  }
}
