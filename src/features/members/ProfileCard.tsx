import { Text, View } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { CallButton } from '../pairing/CallButton'
import { describeMe } from './describeMe'
import './ProfileCard.scss'

/** 我的: the caller's own record, phone masked. */
export function ProfileCard({ me }: { me: MeResponse }) {
  const summary = describeMe(me)
  const helper = me.pairing?.helper ?? null
  return (
    <Card>
      <View className="hl-profile__head">
        <View className="hl-profile__avatar">
          <Text>{summary.name ? [...summary.name][0] : '访'}</Text>
        </View>
        <View className="hl-profile__who">
          <Text className="hl-profile__name">{summary.name ?? '访客'}</Text>
          <View className="hl-profile__tags">
            <Tag tone="red">{summary.roleLabel}</Tag>
            {summary.elder ? <Tag tone="gold">长辈</Tag> : null}
          </View>
        </View>
      </View>
      {summary.registered ? (
        <View>
          <InfoRow label="手机">{me.person?.phoneMasked ?? '未填写'}</InfoRow>
          <InfoRow label="身份">
            {summary.roleLabel}
            {summary.elder ? '（长辈）' : ''}
          </InfoRow>
          {summary.orgName ? (
            <InfoRow label="所属组织">
              <Text className="hl-profile__main">{summary.orgName}</Text>
              {summary.orgParents ? <Text className="hl-note">{summary.orgParents}</Text> : null}
            </InfoRow>
          ) : null}
          {summary.scopeName ? <InfoRow label="管理范围">{summary.scopeName}</InfoRow> : null}
          {summary.address ? <InfoRow label="住址">{summary.address}</InfoRow> : null}
          {helper ? (
            <InfoRow label="结对党员">
              <Text className="hl-profile__main">{helper.name}</Text>
              {/* An elder gets their helper's full number (members.me), so it is shown whole, with a call button. */}
              {helper.phone || helper.phoneMasked ? (
                <Text className="hl-note" data-testid="helper-phone">
                  {helper.phone ?? helper.phoneMasked}
                </Text>
              ) : null}
            </InfoRow>
          ) : null}
          {helper?.phone ? <CallButton phone={helper.phone} name={helper.name} /> : null}
          {me.pairing && me.pairing.elderCount > 0 ? <InfoRow label="结对长辈">{`${me.pairing.elderCount} 位`}</InfoRow> : null}
        </View>
      ) : (
        <Text className="hl-profile__note">您还未登记，登记后这里会显示您的信息。</Text>
      )}
    </Card>
  )
}
