import { Text, View } from '@tarojs/components'
import type { MemberDetail } from '@core/contract'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { shanghaiTime } from '../../shared/dates'
import { CATEGORY_LABELS, GENDER_LABELS, STATUS_LABELS } from './labels'

/** A member as the manager of their subtree sees them (full phone). */
export function MemberDetailCard({ member }: { member: MemberDetail }) {
  return (
    <Card
      title={member.name}
      extra={
        <View>
          {member.archived ? <Tag tone="red">已归档</Tag> : null}
          {member.elder ? <Tag tone="gold">高龄</Tag> : null}
        </View>
      }
    >
      <InfoRow label="手机">{member.phone ?? member.phoneMasked ?? '无'}</InfoRow>
      <InfoRow label="性别">{`${GENDER_LABELS[member.gender]}，${member.birthYear} 年生`}</InfoRow>
      <InfoRow label="类别">{CATEGORY_LABELS[member.category] + (member.dualReport ? '（双报到）' : '')}</InfoRow>
      <InfoRow label="状态">{STATUS_LABELS[member.status]}</InfoRow>
      <InfoRow label="所属组织">
        <Text>{member.orgPath.map((org) => org.name).join(' › ') || member.org?.name || '未分配'}</Text>
      </InfoRow>
      <InfoRow label="住址">{[member.building, member.unit].filter(Boolean).join(' ') || '未填写'}</InfoRow>
      <InfoRow label="入党年份">{String(member.joinedPartyYear)}</InfoRow>
      <InfoRow label="微信绑定">{member.bound ? '已绑定' : '未绑定'}</InfoRow>
      <InfoRow label="最近联系">{shanghaiTime(member.lastContactAt)}</InfoRow>
      {member.helper ? <InfoRow label="结对党员">{member.helper.name}</InfoRow> : null}
      {member.elders.length ? <InfoRow label="结对长辈">{member.elders.map((elder) => elder.name).join('、')}</InfoRow> : null}
    </Card>
  )
}
