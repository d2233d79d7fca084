import Taro from '@tarojs/taro'
import type { RecordStudyResponse } from '@core/contract'
import type { Reply } from '@core/envelope'
import { sessionToken } from '../../services/call'
import { recordStudy } from '../../services/study'
import { isRetryable } from '../../shared/outcome'
import type { StudyInterval } from './studyClock'

export interface PendingInterval extends StudyInterval {
  materialId: string
}

const KEY = 'honglin.study.pending'
/** Enough for days offline; older ones are dropped first (the server would cap them anyway). */
const MAX_PENDING = 200

/**
 * Whose intervals: WeChat keeps each user's storage apart, but one H5 browser can switch identity on
 * the local sign-in page, so there the queue belongs to the session token that recorded it.
 */
function storageKey(): string {
  let token: string | null = null
  try {
    token = sessionToken()
  } catch {
    // Storage unavailable: one queue in memory.
  }
  return token ? `${KEY}:${token.slice(-24)}` : KEY
}

/** The queue in memory (the source of truth this session), mirrored to storage for the next visit. */
let queue: PendingInterval[] | null = null
let queueKey: string | null = null

function current(): PendingInterval[] {
  const key = storageKey()
  if (!queue || queueKey !== key) {
    queueKey = key
    queue = load(key)
  }
  return queue
}

function replace(list: PendingInterval[]) {
  queue = list
  save(list)
}

function load(key: string): PendingInterval[] {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return Array.isArray(value) ? (value as PendingInterval[]) : []
  } catch {
    return []
  }
}

function save(list: PendingInterval[]) {
  try {
    const key = queueKey ?? storageKey()
    if (list.length) Taro.setStorageSync(key, list)
    else Taro.removeStorageSync(key)
  } catch {
    // Storage unavailable: the intervals still go out from memory this session.
  }
}

/** Worth trying again later: the request may not have arrived (network, server trouble). */
const retryable = isRetryable

let flushing: Promise<RecordStudyResponse | null> | null = null

/**
 * Intervals waiting to be recorded, kept on the device until the server has answered. Each keeps its
 * session id, so a retry after a lost reply is the same interval and counts once.
 */
export function queueInterval(interval: PendingInterval) {
  const list = current().filter((item) => item.sessionId !== interval.sessionId)
  replace([...list, interval].slice(-MAX_PENDING))
}

/** Sends what is waiting, oldest first; stops at the first failure that may succeed later. Answers the last reply. */
export function flushIntervals(): Promise<RecordStudyResponse | null> {
  if (flushing) return flushing.then(() => flushIntervals())
  flushing = (async () => {
    let last: RecordStudyResponse | null = null
    for (;;) {
      const next = current()[0]
      if (!next) break
      let reply: Reply<RecordStudyResponse>
      try {
        reply = await recordStudy({
          materialId: next.materialId,
          sessionId: next.sessionId,
          startedAt: next.startedAt,
          endedAt: next.endedAt,
        })
      } catch {
        break
      }
      if (retryable(reply)) break
      if (reply.ok) last = reply.data
      // Recorded, or refused for good (a material taken down, a bad interval): either way it is done.
      replace(current().filter((item) => item.sessionId !== next.sessionId))
    }
    return last
  })()
  const running = flushing
  return running.finally(() => {
    if (flushing === running) flushing = null
  })
}
