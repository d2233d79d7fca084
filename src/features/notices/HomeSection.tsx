import type { MeResponse } from '@core/contract'

/** The `notices` area's part of the Home page (首页/我的), for the signed-in person. */
export function HomeSection(_props: { me: MeResponse }) {
  return null
}
