import { Text, View } from '@tarojs/components'
import type { ElderContact } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { FormNotice } from '../../shared/FormNotice'
import { CallButton } from './CallButton'
import './ElderContactItem.scss'

export interface ElderContactItemProps {
  elder: ElderContact
  onConfirm: (memberId: string) => void
  confirming: boolean
  confirmed: boolean
  error?: string
}

/** One paired elder: who, where, the number, 拨打电话, and confirming them for 组织关系排查. */
export function ElderContactItem({ elder, onConfirm, confirming, confirmed, error }: ElderContactItemProps) {
  const address = [elder.building, elder.unit].filter(Boolean).join(' ')
  return (
    <View className="hl-elder-item">
      <View className="hl-elder-item__head">
        <Text className="hl-title">{elder.name}</Text>
        <Text className="hl-elder-item__year">{`${elder.birthYear}年生`}</Text>
      </View>
      {address ? <Text className="hl-elder-item__line">{`住址：${address}`}</Text> : null}
      <Text className="hl-elder-item__line">{`电话：${elder.phone}`}</Text>
      <View className="hl-elder-item__actions">
        <CallButton phone={elder.phone} name={elder.name} />
      </View>
      {confirmed ? (
        <Text className="hl-elder-item__done">✓ 已为{elder.name}确认联系方式有效</Text>
      ) : (
        <View className="hl-elder-item__actions">
          <BigButton kind="plain" block busy={confirming} onClick={() => onConfirm(elder.id)}>
            已电话联系，确认联系方式有效
          </BigButton>
        </View>
      )}
      <FormNotice message={error ?? null} />
    </View>
  )
}
