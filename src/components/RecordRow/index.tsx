import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface RecordRowProps {
  /** Tags above the title (kind, status): the words carry the meaning. */
  tags?: ReactNode
  title: string
  /** Short lines under the title (time, place, who); empty ones are left out. */
  lines?: Array<string | null | undefined | false>
  /** A longer text (a message, a detail), in body size. */
  text?: string
  /** Buttons along the bottom (修改, 签到码…). */
  actions?: ReactNode
  testId?: string
}

/** One record in a management list: tags, title, a few lines, and what can be done with it. */
export function RecordRow({ tags, title, lines = [], text, actions, testId }: RecordRowProps) {
  return (
    <View className="hl-record-row" data-testid={testId}>
      {tags ? <View>{tags}</View> : null}
      <Text className="hl-record-row__title">{title}</Text>
      {text ? <Text className="hl-record-row__text">{text}</Text> : null}
      {lines.filter(Boolean).map((line, index) => (
        <Text key={index} className="hl-record-row__line">
          {line}
        </Text>
      ))}
      {actions ? <View className="hl-record-row__actions">{actions}</View> : null}
    </View>
  )
}
