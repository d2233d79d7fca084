import { Text, View } from '@tarojs/components'
import { Card } from '../Card'
import { PageLink } from '../PageLink'
import './index.scss'

export interface LinkTile {
  title: string
  hint: string
  url: string
}

/**
 * Tiles, each a page to open (title and a short hint): a row of small ones (an area's ways in on
 * 首页), or a grid of two big ones a line (the doors of a tab).
 */
export function LinkTiles({ links, layout = 'row' }: { links: readonly LinkTile[]; layout?: 'row' | 'grid' }) {
  return (
    <View className={layout === 'grid' ? 'hl-link-tiles hl-link-tiles--grid' : 'hl-link-tiles'}>
      {links.map((link) => (
        <PageLink key={link.url} url={link.url} className="hl-link-tiles__item">
          <Text className="hl-link-tiles__title">{link.title}</Text>
          <Text className="hl-link-tiles__hint">{link.hint}</Text>
        </PageLink>
      ))}
    </View>
  )
}

/** An area's part of 首页 or 我的: a card of its ways in, as a row of tiles. */
export function LinkTilesCard({ title, links }: { title: string; links: readonly LinkTile[] }) {
  return (
    <Card title={title}>
      <LinkTiles links={links} />
    </Card>
  )
}
