import Taro from '@tarojs/taro'
import { beijingDayBefore } from '@core/time'
import { Card } from '../../components/Card'
import { PageRoot } from '../../features/elder/PageRoot'
import { TopicFields } from '../../features/govern/TopicFields'
import { useProposeTopic } from '../../features/govern/useTopics'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { toastDone } from '../../shared/confirm'

function ProposeForm() {
  const form = useProposeTopic(beijingDayBefore(new Date(), -7), (topicId) => {
    toastDone('已提议，请邻居们联名支持')
    void Taro.redirectTo({ url: `/pages/community-topic/index?id=${topicId}` })
  })
  return (
    <PageRoot>
      <Card title="提议一个本楼栋的议题">
        <TopicFields form={form} submitText="提交提议" hint="提议面向您所在的楼栋；邻居联名达到 5 人后开始投票。" />
      </Card>
    </PageRoot>
  )
}

/** 我要提议: a resident's topic for their building, opened for voting once neighbours support it. */
export default gatedPage('govern', 'signedUp', ProposeForm)
