import Taro from '@tarojs/taro'
import type { RequestSubscription, SubscriptionAnswer } from './types'

/** WeChat's dialog; must run in answer to a tap, before any other wait. A failure allows nothing. */
export const requestSubscription: RequestSubscription = async (templateIds) => {
  const tmplIds = templateIds.slice(0, 3)
  if (!tmplIds.length) return {}
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, string>
    return Object.fromEntries(tmplIds.map((id) => [id, result[id] === 'accept' ? 'accept' : 'reject'])) as SubscriptionAnswer
  } catch {
    return Object.fromEntries(tmplIds.map((id) => [id, 'reject'])) as SubscriptionAnswer
  }
}
