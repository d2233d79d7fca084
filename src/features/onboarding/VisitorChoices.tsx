import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import './VisitorChoices.scss'

export const REGISTER_PAGE = '/pages/register/index'
export const BINDING_PAGE = '/pages/binding/index'

/** A visitor's two ways in, each with a line saying who it is for. */
export function VisitorChoices() {
  return (
    <Card title="请选择您的身份">
      <View className="hl-visitor-choice">
        <BigButton block onClick={() => void Taro.navigateTo({ url: REGISTER_PAGE })}>
          登记为居民
        </BigButton>
        <Text className="hl-visitor-choice__hint">本社区居民，填写姓名、手机号和楼栋即可</Text>
      </View>
      <View className="hl-visitor-choice">
        <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: BINDING_PAGE })}>
          我是党员，申请绑定
        </BigButton>
        <Text className="hl-visitor-choice__hint">已在社区花名册上的党员，由支部书记审核</Text>
      </View>
    </Card>
  )
}
