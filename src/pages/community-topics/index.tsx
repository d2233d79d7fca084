import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { PageRoot } from '../../features/elder/PageRoot'
import { TopicCard } from '../../features/govern/TopicCard'
import { useTopicList, type TopicShelf } from '../../features/govern/useTopics'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageLoaded } from '../../shared/PageLoaded'
import { useShowAgain } from '../../shared/useShowAgain'

const SHELVES: Array<{ value: TopicShelf; label: string }> = [
  { value: 'open', label: '投票中' },
  { value: 'proposed', label: '征集联名' },
  { value: 'closed', label: '已截止' },
  { value: 'decided', label: '已公布结果' },
]

const EMPTY: Record<TopicShelf, string> = {
  open: '现在没有正在投票的议题',
  proposed: '本楼栋还没有居民提议',
  closed: '没有已截止、待公布结果的议题',
  decided: '还没有公布结果的议题',
}

function TopicList() {
  const { shelf, setShelf, list } = useTopicList()
  useShowAgain(() => void list.reload())
  const current = shelf === 'all' ? 'open' : shelf
  return (
    <PageRoot>
      <View className="hl-govern__actions">
        <BigButton block onClick={() => void Taro.navigateTo({ url: '/pages/community-topic-propose/index' })}>
          我要提议
        </BigButton>
      </View>
      <ChipGroup label="议题" options={SHELVES} value={current} onChange={setShelf} />
      <PageLoaded list={list} empty={{ title: EMPTY[current], description: '本楼栋、本支部和全社区的议题都在这里。' }}>
        {(topics) => topics.map((topic) => <TopicCard key={topic.id} topic={topic} />)}
      </PageLoaded>
    </PageRoot>
  )
}

/** 议事协商: the topics of my building, my branches and the community; 我要提议. */
export default gatedPage('govern', 'signedUp', TopicList)
