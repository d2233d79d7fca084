import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { WishCard } from '../../features/community/WishCard'
import { useWishWall, type WishShelf } from '../../features/community/useWishes'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageLoaded } from '../../shared/PageLoaded'
import { useShowAgain } from '../../shared/useShowAgain'

const SHELVES: Array<{ value: WishShelf; label: string }> = [
  { value: 'open', label: '待认领' },
  { value: 'claimed', label: '已认领' },
  { value: 'confirmed', label: '已圆梦' },
  { value: 'wisher', label: '我的心愿' },
  { value: 'claimant', label: '我认领的' },
]

const EMPTY: Record<WishShelf, string> = {
  open: '心愿墙上暂时没有待认领的心愿',
  claimed: '还没有被认领的心愿',
  confirmed: '还没有圆梦的心愿',
  wisher: '您还没有发布心愿',
  claimant: '您还没有认领心愿',
}

/** 微心愿 心愿墙: open, claimed and fulfilled wishes; my own wishes and claims; 许个心愿. */
export default function WishWallPage() {
  const me = useMe()
  const { shelf, setShelf, list } = useWishWall()
  useShowAgain(() => void list.reload())
  const signedUp = Boolean(me.data?.person)
  const shelves = signedUp ? SHELVES : SHELVES.slice(0, 3)
  return (
    <PageRoot>
      {signedUp ? (
        <View className="hl-community__actions">
          <BigButton block onClick={() => void Taro.navigateTo({ url: '/pages/community-wish-post/index' })}>
            许个心愿
          </BigButton>
        </View>
      ) : null}
      <ChipGroup label="心愿" options={shelves} value={shelf} onChange={setShelf} />
      <PageLoaded list={list} empty={{ title: EMPTY[shelf], description: '下拉可刷新。' }}>
        {(wishes) => wishes.map((wish) => <WishCard key={wish.id} wish={wish} />)}
      </PageLoaded>
    </PageRoot>
  )
}
