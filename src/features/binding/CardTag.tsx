import { View } from '@tarojs/components'
import { Tag, type TagProps } from '../../components/Tag'
import './CardTag.scss'

/** A status tag at the right of a card title that never wraps, even in elder mode's large type. */
export function CardTag(props: TagProps) {
  return (
    <View className="hl-card-tag">
      <Tag {...props} />
    </View>
  )
}
