import { PageRoot } from '../../features/elder/PageRoot'
import { TopicCard } from '../../features/govern/TopicCard'
import { TopicComments } from '../../features/govern/TopicComments'
import { TopicOutcome } from '../../features/govern/TopicOutcome'
import { TopicVote } from '../../features/govern/TopicVote'
import { useTopic } from '../../features/govern/useTopics'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import { useRouteId } from '../../shared/useRouteId'

/** One topic: background, options and the vote, the result and the 议事会, and residents' comments. */
export default function TopicPage() {
  const { topic, comments, vote, support, comment, hide, busyWith } = useTopic(useRouteId())
  usePullToReload(async () => {
    await Promise.all([topic.reload(), comments.reload()])
  })
  return (
    <PageRoot>
      <Loaded state={topic} missing={{ title: '没有找到这个议题', description: '请从议事协商进入。' }}>
        {(data) => (
          <>
            <TopicCard topic={data} full />
            <TopicVote topic={data} busyWith={busyWith} vote={vote} support={support} />
            <TopicOutcome topic={data} />
            <TopicComments
              list={comments}
              canComment={data.status !== 'decided'}
              manages={data.manages}
              busyWith={busyWith}
              comment={comment}
              hide={hide}
            />
          </>
        )}
      </Loaded>
    </PageRoot>
  )
}
