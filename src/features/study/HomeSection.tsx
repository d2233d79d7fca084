import type { MeResponse } from '@core/contract'
import { LinkTilesCard } from '../../components/LinkTiles'
import { studyLinksFor } from './studyLinks'

/** The `study` area's part of 首页: the ways into 学习 (Party members; 结对送学 for helpers). */
export function HomeSection({ me }: { me: MeResponse }) {
  const links = studyLinksFor(me)
  if (!links.length) return null
  return <LinkTilesCard title="党员学习" links={links} />
}
