import { Text, View } from '@tarojs/components'
import type { MemberListItem } from '@core/contract'
import { Tag } from '../../components/Tag'
import { CATEGORY_LABELS, STATUS_LABELS } from './labels'
import './MemberRow.scss'

/** One member in a roster list: name and tags, organisation, address, masked phone. */
export function MemberRow({ member, onClick, action }: { member: MemberListItem; onClick?: () => void; action?: React.ReactNode }) {
  const address = [member.building, member.unit].filter(Boolean).join(' ')
  return (
    <View className="hl-member-row" onClick={onClick} aria-role={onClick ? 'button' : undefined}>
      <View className="hl-member-row__head">
        <Text className="hl-member-row__name">{member.name}</Text>
        <View className="hl-member-row__tags">
          <Tag>{CATEGORY_LABELS[member.category]}</Tag>
          {member.elder ? <Tag tone="gold">高龄</Tag> : null}
          {member.status !== 'normal' ? <Tag tone="red">{STATUS_LABELS[member.status]}</Tag> : null}
          {member.archived ? <Tag tone="red">已归档</Tag> : null}
        </View>
        {onClick ? <Text className="hl-member-row__arrow">›</Text> : null}
      </View>
      <Text className="hl-member-row__line hl-member-row__org">{member.org?.name ?? '未分配组织'}</Text>
      <Text className="hl-member-row__line">
        {address || '未填住址'}　{member.phone ?? member.phoneMasked ?? '无手机号'}
      </Text>
      {action ? <View className="hl-member-row__action">{action}</View> : null}
    </View>
  )
}
