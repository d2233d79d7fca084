/**
 * Bounds the seat transactions (sign-up, cancel, promotion) in flight in this process. The local
 * cloud's database serialises every transaction from start to commit; 500 sign-ups started at once
 * would each wait there longer than the SDK's per-call timeout. Waiting here instead costs nothing
 * (no SDK call is pending) and keeps the database's queue short. In WeChat an instance serves one
 * request at a time, so the bound never bites there.
 */
export const SEAT_TRANSACTIONS_IN_FLIGHT = 2

let running = 0
const waiting: Array<() => void> = []

export async function inSeatQueue<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= SEAT_TRANSACTIONS_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve))
  else running += 1
  try {
    return await fn()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running -= 1
  }
}
