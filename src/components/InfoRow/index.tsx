import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface InfoRowProps {
  label: string
  children: ReactNode
}

/** One labelled line of a profile or detail card: 「手机　138****1234」. */
export function InfoRow({ label, children }: InfoRowProps) {
  return (
    <View className="hl-info-row">
      <Text className="hl-info-row__label">{label}</Text>
      <View className="hl-info-row__value">{children}</View>
    </View>
  )
}
