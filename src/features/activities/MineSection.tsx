import type { MeResponse } from '@core/contract'

/** The `activities` area's part of the Mine page (首页/我的), for the signed-in person. */
export function MineSection(_props: { me: MeResponse }) {
  return null
}
