import { Text } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { PageLink } from '../../components/PageLink'
import { studyLinksFor } from './studyLinks'
import './MineSection.scss'

/** The `study` area's part of 我的: 学习资料, 我的学习, 结对送学 (for helpers). */
export function MineSection({ me }: { me: MeResponse }) {
  const links = studyLinksFor(me)
  if (!links.length) return null
  return (
    <Card title="党员学习">
      {links.map((link) => (
        <PageLink key={link.url} url={link.url} className="hl-row">
          <Text>
            {link.title}
            <Text className="hl-study-mine-link__hint"> · {link.hint}</Text>
          </Text>
          <Text className="hl-study-mine-link__arrow">›</Text>
        </PageLink>
      ))}
    </Card>
  )
}
