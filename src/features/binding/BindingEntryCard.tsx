import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { BINDING_PAGE } from '../onboarding/VisitorChoices'
import '../../shared/forms.scss'

/** For a resident who is also a Party member: the way to their roster entry. */
export function BindingEntryCard() {
  return (
    <Card title="是党员？">
      <Text className="hl-form__intro">如果您是本社区花名册上的党员，可以申请绑定党员身份，由支部书记审核。</Text>
      <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: BINDING_PAGE })}>
        我是党员，申请绑定
      </BigButton>
    </Card>
  )
}
