/**
 * In-process bounds on the seat work of this process. The local cloud's database serialises every
 * request and every transaction (from start to commit); 500 sign-ups started at once would each wait
 * there, inside an SDK call, longer than the SDK's per-call timeout (15 s), and a transaction would
 * hold the database while its next step waited behind them. Waiting here instead costs nothing: no
 * SDK call is pending. In WeChat an instance serves one request at a time, so the bounds never bite.
 * - `inSeatQueue`: seat transactions (sign-up, cancel and promotion, capacity changes, credits) in flight;
 * - `inSignUpQueue`: whole sign-up/cancel requests past the router (their plain reads and their
 *   transaction), so a burst sends the database a bounded number of calls at a time.
 */
export const SEAT_TRANSACTIONS_IN_FLIGHT = 2
export const SIGN_UPS_IN_FLIGHT = 8

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

export const inSeatQueue = limiter(SEAT_TRANSACTIONS_IN_FLIGHT)
export const inSignUpQueue = limiter(SIGN_UPS_IN_FLIGHT)
