import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface CardProps {
  title?: string
  /** Something short at the right of the title (a tag, a link). */
  extra?: ReactNode
  children: ReactNode
}

export function Card({ title, extra, children }: CardProps) {
  return (
    <View className="hl-card">
      {title || extra ? (
        <View className="hl-card__head">
          {title ? <Text className="hl-card__title">{title}</Text> : null}
          {extra}
        </View>
      ) : null}
      {children}
    </View>
  )
}
