/**
 * In-process bounds on the seat work of this function instance.
 * - `inSeatLane(key, fn)`: seat transactions of one activity (sign-up, cancel and promotion, capacity
 *   changes) run one after another inside this instance. The database runs transactions side by side
 *   and a second writer of the activity's counter loses with a write conflict (retried by
 *   inTransaction); the lane only spares this instance's own requests that lost round. Other instances
 *   (WeChat runs many) still conflict, and everything stays correct with the lane off
 *   (HONGLIN_SEAT_LANE=off), only with more retries.
 * - `inSignUpQueue`: whole sign-up/cancel requests past the router (their plain reads and their
 *   transaction), so a burst sends the database a bounded number of calls at a time. In WeChat an
 *   instance serves one request at a time, so neither bound bites there.
 */
export const SIGN_UPS_IN_FLIGHT = 16

function limiter(max: number) {
  let running = 0
  const waiting: Array<() => void> = []
  return async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    else running += 1
    try {
      return await fn()
    } finally {
      // Hand the slot straight to the next in line (FIFO), or free it.
      const next = waiting.shift()
      if (next) next()
      else running -= 1
    }
  }
}

const lanes = new Map<string, Promise<unknown>>()

/** Runs `fn` after the earlier seat work on the same `key` (an activity id) in this instance. */
export function inSeatLane<T>(key: string, fn: () => Promise<T>): Promise<T> {
  if (process.env.HONGLIN_SEAT_LANE === 'off') return fn()
  const before = lanes.get(key) ?? Promise.resolve()
  const run = before.then(fn, fn)
  const tail = run.catch(() => undefined)
  lanes.set(key, tail)
  void tail.then(() => {
    if (lanes.get(key) === tail) lanes.delete(key)
  })
  return run
}

export const inSignUpQueue = limiter(SIGN_UPS_IN_FLIGHT)
