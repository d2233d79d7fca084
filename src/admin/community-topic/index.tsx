import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { TopicView } from '@core/contract'
import { MEETING_SIDES } from '@core/community/deliberation'
import { beijingDay } from '@core/time'
import type { Outcome } from '../../shared/outcome'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { DateField, FormField, TextAreaField } from '../../components/FormField'
import { PageRoot } from '../../features/elder/PageRoot'
import { useTopicDesk } from '../../features/govern/admin/useTopicDesk'
import { TopicCard } from '../../features/govern/TopicCard'
import { TopicOutcome } from '../../features/govern/TopicOutcome'
import { confirmAction, toastDone } from '../../shared/confirm'
import { SubmitBar } from '../../shared/FormNotice'
import { PageLoaded } from '../../shared/PageLoaded'
import { useRouteId } from '../../shared/useRouteId'

function Decide({ topic, busy, decide }: { topic: TopicView; busy: boolean; decide: (d: string, a: string) => Promise<Outcome<unknown>> }) {
  const [decision, setDecision] = useState('')
  const [activityId, setActivityId] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  if (topic.status === 'decided' || topic.status === 'proposed') return null
  const tally = topic.options.map((o, i) => `${o} ${topic.tally[i] ?? 0} 票`).join('，')
  const onDecide = async () => {
    if (decision.trim().length < 4) return setProblem('请填写协商结果（至少 4 个字）')
    if (!(await confirmAction('公布结果', `计票：${tally}。公布后不能修改，确定公布吗？`, '公布'))) return
    const outcome = await decide(decision.trim(), activityId.trim())
    if (outcome.ok) toastDone('已公布')
    else setProblem(outcome.error.message)
  }
  return (
    <Card title="公布协商结果">
      <Text className="hl-govern__muted">{topic.status === 'open' ? '投票截止后才能公布结果。' : `计票：${tally}`}</Text>
      <TextAreaField label="协商结果和决定" value={decision} maxLength={1000} onChange={setDecision} />
      <FormField label="后续活动编号（可不填）" optional value={activityId} maxLength={64} onChange={setActivityId} />
      <SubmitBar problem={problem} busy={busy} label="公布结果" onSubmit={onDecide} />
    </Card>
  )
}

function Meeting({ busy, record }: { busy: boolean; record: ReturnType<typeof useTopicDesk>['recordMeeting'] }) {
  const [heldOn, setHeldOn] = useState(beijingDay(new Date()))
  const [place, setPlace] = useState('邻里客厅')
  const [attendees, setAttendees] = useState('')
  const [minutes, setMinutes] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const onSave = async () => {
    if (!attendees.trim()) return setProblem('请填写参会人员')
    const outcome = await record({ heldOn, place: place.trim(), attendees, minutes: minutes.trim() })
    if (outcome.ok) toastDone('已记录议事会')
    else setProblem(outcome.error.message)
  }
  return (
    <Card title="记录议事会">
      <DateField label="会议日期" value={heldOn} onChange={setHeldOn} />
      <FormField label="地点" value={place} maxLength={40} onChange={setPlace} />
      <TextAreaField
        label="参会人员（每行一位：姓名 身份）"
        hint={`身份：${MEETING_SIDES.join('、')}，例如「王建国 物业」`}
        size="short"
        value={attendees}
        maxLength={800}
        onChange={setAttendees}
      />
      <TextAreaField label="会议纪要" value={minutes} maxLength={2000} onChange={setMinutes} />
      <SubmitBar problem={problem} busy={busy} label="保存议事会记录" onSubmit={onSave} />
    </Card>
  )
}

/** One topic's desk: the vote so far, 公布结果 after the deadline, 议事会 record; comments on the topic page. */
export default function TopicDeskPage() {
  const id = useRouteId()
  const { topic, decide, recordMeeting, busyWith } = useTopicDesk(id)
  return (
    <PageRoot>
      <PageLoaded state={topic} missing={{ title: '没有找到这个议题', description: '请从议事协商管理进入。' }}>
        {(data) => (
          <>
            <TopicCard topic={data} full>
              <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: `/pages/community-topic/index?id=${data.id}` })}>
                查看投票和居民意见
              </BigButton>
            </TopicCard>
            <Decide topic={data} busy={busyWith === 'decide'} decide={decide} />
            <TopicOutcome topic={data} />
            <Meeting busy={busyWith === 'meeting'} record={recordMeeting} />
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
