import { Text, View } from '@tarojs/components'
import type { NoticeListItem } from '@core/contract'
import { PageLink } from '../../components/PageLink'
import { Tag } from '../../components/Tag'
import { shanghaiTime } from '../../shared/dates'
import './NoticeRow.scss'

/**
 * One notice in the list: 置顶 and 未读 in words (not only colour), title, excerpt, date, audience. The
 * link's name is what it shows (so voice control and screen readers agree with the screen).
 */
export function NoticeRow({ notice }: { notice: NoticeListItem }) {
  return (
    <PageLink
      url={`/pages/notices-detail/index?id=${notice.id}`}
      className={notice.unread ? 'hl-notice-row hl-notice-row--unread' : 'hl-notice-row'}
      hoverClass="hl-notice-row--pressed"
    >
      <View className="hl-notice-row__tags">
        {notice.pinned ? <Tag tone="red">置顶</Tag> : null}
        {notice.unread ? <Tag tone="gold">未读</Tag> : null}
      </View>
      <Text className="hl-item-title">{notice.title}</Text>
      {notice.excerpt ? <Text className="hl-muted">{notice.excerpt}</Text> : null}
      <Text className="hl-muted">
        {shanghaiTime(notice.publishedAt)} · 发给{notice.audience.label}
        {notice.attachmentCount ? ` · ${notice.attachmentCount} 个附件` : ''}
      </Text>
    </PageLink>
  )
}
