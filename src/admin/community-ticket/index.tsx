import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { TicketSteps } from '../../features/community/admin/TicketSteps'
import { useTicketDesk } from '../../features/community/admin/useTicketDesk'
import { TicketCard } from '../../features/community/TicketCard'
import { TicketTimeline } from '../../features/community/TicketTimeline'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import { useRouteId } from '../../shared/useRouteId'

/** One ticket on the desk: the problem and its clock, 受理交办 / 进展 / 办结, the timeline, and 转为议事协商议题. */
export default function TicketDeskPage() {
  const { ticket, accept, progress, close, busyWith } = useTicketDesk(useRouteId())
  return (
    <PageRoot>
      <PageLoaded state={ticket} missing={{ title: '没有找到这条诉求', description: '请从诉求办理台进入。' }}>
        {(data) => (
          <>
            <TicketCard ticket={data} full />
            <TicketSteps ticket={data} busyWith={busyWith} accept={accept} progress={progress} close={close} />
            <TicketTimeline ticket={data} />
            <View className="hl-community__actions">
              <BigButton
                kind="secondary"
                block
                onClick={() => void Taro.navigateTo({ url: `/admin/community-topics/index?ticketId=${data.id}` })}
              >
                转为议事协商议题
              </BigButton>
            </View>
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
