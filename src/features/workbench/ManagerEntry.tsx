import { Text, View } from '@tarojs/components'
import { Card } from '../../components/Card'
import { PageLink } from '../../components/PageLink'
import { useMe } from '../members/useMe'
import { adminLinksFor } from './adminLinks'
import './ManagerEntry.scss'

/**
 * 管理工作台 on 我的: big links to the admin subpackage for secretaries and the committee.
 * Renders nothing for anyone else (and while the caller is still unknown).
 */
export function ManagerEntry() {
  const { data } = useMe()
  const links = adminLinksFor(data?.role)
  if (!links.length) return null
  return (
    <Card title="管理工作台" extra={data?.scope ? <Text className="hl-manager-entry__scope">{data.scope.name}</Text> : undefined}>
      <View className="hl-manager-entry__grid">
        {links.map((link) => (
          <PageLink key={link.url} url={link.url} className="hl-manager-entry__link" hoverClass="hl-manager-entry__link--pressed">
            <Text className="hl-manager-entry__title">{link.title}</Text>
            <Text className="hl-manager-entry__hint">{link.hint}</Text>
            <Text className="hl-manager-entry__arrow">›</Text>
          </PageLink>
        ))}
      </View>
    </Card>
  )
}
