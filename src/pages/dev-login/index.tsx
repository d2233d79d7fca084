import { Text, View } from '@tarojs/components'
import { BigButton } from '../../components/BigButton'
import { IdentityCardButton } from '../../features/devAuth/IdentityCardButton'
import { useDevSignIn } from '../../features/devAuth/useDevSignIn'
import { PageRoot } from '../../features/elder/PageRoot'
import { Loaded } from '../../shared/Loaded'
import './index.scss'

export default function DevLoginPage() {
  const { groups, signingIn, signInAs, signInAsNewVisitor } = useDevSignIn()

  return (
    <PageRoot>
      <View className="hl-dev-login__intro">
        <Text className="hl-dev-login__title">选择一个身份进入</Text>
        <Text className="hl-dev-login__text">这是本地调试用的登录页，只在网页版出现。在微信里，身份由微信账号自动确定。</Text>
      </View>
      <Loaded
        state={groups}
        loadingText="正在读取演示身份…"
        empty={(found) => !found.length && { title: '还没有演示身份', description: '请先在本地服务上导入演示数据。' }}
      >
        {(found) =>
          found.map((group) => (
            <View key={group.role} className="hl-dev-login__group">
              <Text className="hl-dev-login__group-title">{group.label}</Text>
              {group.identities.map((identity) => (
                <IdentityCardButton key={identity.openid} identity={identity} busy={signingIn === identity.openid} onPick={signInAs} />
              ))}
            </View>
          ))
        }
      </Loaded>
      <View className="hl-dev-login__visitor">
        <BigButton kind="secondary" block busy={signingIn?.startsWith('visitor-')} onClick={signInAsNewVisitor}>
          以新访客身份进入
        </BigButton>
      </View>
    </PageRoot>
  )
}
