/**
 * An in-process lane: units of work on the same key (an activity's seats, the pairing links) run one
 * after another inside this function instance. The database runs transactions side by side and the
 * second writer of a document loses with a write conflict (rerun by inTransaction); a lane only spares
 * this instance's own requests that lost round. Other instances (WeChat runs many) still conflict,
 * and everything stays correct with the lanes off (HONGLIN_TX_LANES=off), only with more reruns.
 */
const lanes = new Map<string, Promise<unknown>>()

export function inLane<T>(key: string, fn: () => Promise<T>): Promise<T> {
  if (process.env.HONGLIN_TX_LANES === 'off') return fn()
  const before = lanes.get(key) ?? Promise.resolve()
  const run = before.then(fn, fn)
  const tail = run.catch(() => undefined)
  lanes.set(key, tail)
  void tail.then(() => {
    if (lanes.get(key) === tail) lanes.delete(key)
  })
  return run
}
