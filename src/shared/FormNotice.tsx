import { Text, View } from '@tarojs/components'
import './FormNotice.scss'

/** A problem with the whole form (not one field), e.g. 花名册中没有… — shown above the button. */
export function FormNotice({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <View className="hl-alert" aria-role="alert">
      <Text className="hl-form-notice__text">⚠ {message}</Text>
    </View>
  )
}
