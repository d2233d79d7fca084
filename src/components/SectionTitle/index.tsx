import { Text } from '@tarojs/components'
import './index.scss'

/** The heading of one part of a screen (指派给我的, 未回复的党员…), between cards and lists. */
export function SectionTitle({ children }: { children: string }) {
  return (
    <Text className="hl-section-title" aria-role="heading">
      {children}
    </Text>
  )
}
