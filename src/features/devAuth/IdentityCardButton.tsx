import { Text, View } from '@tarojs/components'
import type { DevIdentity } from '../../services/devAuth'
import { Tag } from '../../components/Tag'
import './IdentityCardButton.scss'

/** One demo person on the local sign-in page: the whole card is the button. */
export function IdentityCardButton({ identity, busy, onPick }: { identity: DevIdentity; busy: boolean; onPick: (openid: string) => void }) {
  return (
    <View
      className="hl-dev-identity"
      hoverClass="hl-dev-identity--pressed"
      aria-role="button"
      onClick={() => {
        if (!busy) onPick(identity.openid)
      }}
    >
      <View className="hl-dev-identity__top">
        <Text className="hl-title">{identity.name}</Text>
        <View>
          <Tag tone="red">{identity.roleLabel}</Tag>
          {identity.elder ? <Tag tone="gold">长辈</Tag> : null}
        </View>
      </View>
      {identity.orgName ? <Text className="hl-dev-identity__line">{identity.orgName}</Text> : null}
      {identity.note ? <Text className="hl-dev-identity__line">{identity.note}</Text> : null}
      {busy ? <Text className="hl-dev-identity__busy">正在进入…</Text> : null}
    </View>
  )
}
