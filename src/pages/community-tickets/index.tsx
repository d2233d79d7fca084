import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton, ButtonRow } from '../../components/BigButton'
import { TicketCard } from '../../features/community/TicketCard'
import { useMyTickets } from '../../features/community/useTickets'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import { useShowAgain } from '../../shared/useShowAgain'

/** 我的诉求: what I reported, its state and clock; 反映问题 and 问题墙 from here. */
export default function MyTicketsPage() {
  const list = useMyTickets()
  useShowAgain(() => void list.reload())
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <PageRoot>
      <View className="hl-community__actions">
        <ButtonRow>
          <BigButton onClick={() => go('/pages/community-report/index')}>反映问题</BigButton>
          <BigButton kind="secondary" onClick={() => go('/pages/community-problems/index')}>
            问题墙
          </BigButton>
        </ButtonRow>
      </View>
      <PageLoaded
        list={list}
        empty={{ title: '您还没有反映过问题', description: '遇到下水道堵塞、路灯不亮等问题，点「反映问题」告诉我们。' }}
      >
        {(tickets) => tickets.map((t) => <TicketCard key={t.id} ticket={t} url={`/pages/community-ticket/index?id=${t.id}`} />)}
      </PageLoaded>
    </PageRoot>
  )
}
