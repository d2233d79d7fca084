import { conflictsOf, FULL_RELIABILITY, useReliabilityCloud } from './http'
import { expectSeatBurstHolds } from './seat-burst'

jest.setTimeout(600_000)

/**
 * The sign-up burst with the in-process lanes off (HONGLIN_TX_LANES=off), as when every request lands
 * on a function instance of its own — WeChat runs many, and lanes only order one instance's requests:
 * the seat transactions really race in the database, lose write conflicts (first writer wins), and
 * inTransaction's reruns absorb every one. The seats hold exactly as with the lanes on.
 */
const BURST = FULL_RELIABILITY ? 500 : 100
const SEATS = 20

const cloud = useReliabilityCloud('admin', { env: { HONGLIN_TX_LANES: 'off' } })

it(`gives ${BURST} simultaneous sign-ups for ${SEATS} seats, each request as its own instance, exactly ${SEATS} confirmed after real conflicts`, async () => {
  const before = await conflictsOf(cloud.url)
  await expectSeatBurstHolds(cloud.url, cloud.admin, BURST, SEATS)
  const conflicts = (await conflictsOf(cloud.url)) - before
  console.log(`activities burst, lanes off: ${conflicts} write conflicts answered by the database, all retried`)
  expect(conflicts).toBeGreaterThan(0)
})
