import { Text } from '@tarojs/components'
import './index.scss'

export interface TagProps {
  /** The words carry the meaning; the colour only repeats it. */
  children: string
  tone?: 'red' | 'gold' | 'neutral'
}

export function Tag({ children, tone = 'neutral' }: TagProps) {
  return <Text className={`hl-tag hl-tag--${tone}`}>{children}</Text>
}
