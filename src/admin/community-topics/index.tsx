import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { beijingDayBefore } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { useCreateTopic, type AudienceChoice } from '../../features/govern/admin/useTopicDesk'
import { TopicCard } from '../../features/govern/TopicCard'
import { TopicFields } from '../../features/govern/TopicFields'
import { useTopicList } from '../../features/govern/useTopics'
import { ChipGroup } from '../../shared/ChipGroup'
import { toastDone } from '../../shared/confirm'
import { PageLoaded } from '../../shared/PageLoaded'
import { useShowAgain } from '../../shared/useShowAgain'

function CreateTopic({ onCreated }: { onCreated: () => void }) {
  const me = useMe()
  const ticketId = useRouter().params.ticketId || null
  const isAdmin = me.data?.role === 'admin'
  const { form, kind, setKind, building, setBuilding } = useCreateTopic(
    beijingDayBefore(new Date(), -7),
    me.data?.scope?.id ?? null,
    ticketId,
    (topic) => {
      toastDone('议题已发起')
      onCreated()
      void Taro.navigateTo({ url: `/admin/community-topic/index?id=${topic.id}` })
    },
  )
  const kinds: Array<{ value: AudienceChoice; label: string }> = [
    { value: 'org', label: me.data?.scope?.name ?? '本支部' },
    { value: 'building', label: '指定楼栋' },
    ...(isAdmin ? [{ value: 'all' as const, label: '全社区' }] : []),
  ]
  return (
    <Card title={ticketId ? '由民生诉求发起议题' : '发起议题'}>
      {ticketId ? <Text className="hl-govern__muted">{`来自诉求 ${ticketId}`}</Text> : null}
      <ChipGroup label="面向" options={kinds} value={kind} onChange={setKind} />
      {kind === 'building' ? (
        <FormField label="楼栋" placeholder="例如：琼林苑3栋" value={building} maxLength={30} onChange={setBuilding} />
      ) : null}
      <TopicFields form={form} submitText="发起议题" />
    </Card>
  )
}

/** 议事协商管理: the topics I manage, and 发起议题 (for my branch, a building, or the community). */
export default function TopicDeskListPage() {
  const { list } = useTopicList('manage')
  const [creating, setCreating] = useState(Boolean(useRouter().params.ticketId))
  useShowAgain(() => void list.reload())
  return (
    <PageRoot>
      {creating ? (
        <CreateTopic onCreated={() => void list.reload()} />
      ) : (
        <View className="hl-govern__actions">
          <BigButton block onClick={() => setCreating(true)}>
            发起议题
          </BigButton>
        </View>
      )}
      <PageLoaded list={list} empty={{ title: '还没有议题', description: '发起的议题和居民的提议都在这里。' }}>
        {(topics) => topics.map((topic) => <TopicCard key={topic.id} topic={topic} href={`/admin/community-topic/index?id=${topic.id}`} />)}
      </PageLoaded>
    </PageRoot>
  )
}
