import { Text, View } from '@tarojs/components'
import type { TopicView } from '@core/contract'
import type { Outcome } from '../../shared/outcome'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { confirmAction, toastDone } from '../../shared/confirm'
import { FormNotice } from '../../shared/FormNotice'
import { useProblemLine } from '../../shared/useProblemLine'
import { percentOf } from './topicText'
import './govern.scss'

interface Props {
  topic: TopicView
  busyWith: string | null
  vote: (option: number) => Promise<Outcome<unknown>>
  support: () => Promise<Outcome<unknown>>
}

/** The options with their counts; 投这一项 for someone who may still vote (asked first: one vote only); 联名支持 for a proposal. */
export function TopicVote({ topic, busyWith, vote, support }: Props) {
  const { problem, setProblem, settle } = useProblemLine()
  const onVote = async (option: number) => {
    if (!(await confirmAction('确认投票', `您选择「${topic.options[option]}」。每人只能投一次，投后不能更改。`, '投票'))) return
    settle(await vote(option), '投票成功')
  }
  const onSupport = async () => {
    const outcome = await support()
    if (outcome.ok) toastDone('已联名支持')
    else setProblem(outcome.error.message)
  }
  if (topic.status === 'proposed')
    return (
      <Card title="居民联名">
        <Text className="hl-govern__text">{`还需 ${Math.max(0, topic.supportNeeded - topic.supportCount)} 位邻居联名，议题就会开始投票。`}</Text>
        <FormNotice message={problem} />
        {topic.mySupport ? (
          <Text className="hl-govern__text">您已联名支持</Text>
        ) : (
          <BigButton block busy={busyWith === 'support'} onClick={() => void onSupport()}>
            联名支持
          </BigButton>
        )}
      </Card>
    )
  return (
    <Card title={topic.canVote ? '请投票' : '投票情况'}>
      {topic.options.map((label, i) => (
        <View key={label} className="hl-govern__option">
          <View className="hl-govern__option-head">
            <Text>{`${label}${topic.myVote === i ? '（我的选择）' : ''}`}</Text>
            <Text>{`${topic.tally[i] ?? 0} 票 · ${percentOf(topic.tally[i] ?? 0, topic.votes)}%`}</Text>
          </View>
          <View className="hl-govern__bar">
            <View className="hl-govern__bar-fill" style={{ width: `${percentOf(topic.tally[i] ?? 0, topic.votes)}%` }} />
          </View>
          {topic.canVote ? (
            <View className="hl-govern__actions">
              <BigButton kind="secondary" block busy={busyWith === 'vote'} onClick={() => void onVote(i)}>
                {`投「${label}」`}
              </BigButton>
            </View>
          ) : null}
        </View>
      ))}
      <FormNotice message={problem} />
      {!topic.canVote && topic.myVote === null && topic.status === 'open' ? (
        <Text className="hl-govern__muted">这个议题面向 {topic.audience.label}，您不在投票范围内。</Text>
      ) : null}
      {topic.status !== 'open' ? <Text className="hl-govern__muted">投票已截止。</Text> : null}
    </Card>
  )
}
