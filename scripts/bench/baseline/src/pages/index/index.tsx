import { Text, View } from '@tarojs/components'

export default function Index() {
  return (
    <View>
      <Text>基准页面</Text>
    </View>
  )
}
