import { useRef, useState } from 'react'
import type { RequestOf, TopicStatus } from '@core/contract'
import {
  commentTopic,
  fetchTopic,
  fetchTopicComments,
  fetchTopics,
  hideComment,
  proposeTopic,
  supportTopic,
  voteTopic,
} from '../../services/govern'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk } from '../../shared/outcome'
import { useFormSubmit } from '../../shared/useFormSubmit'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { useWrite } from '../../shared/useWrite'
import { deadlineOfDay, optionsOfText } from './topicText'

export type TopicShelf = 'open' | 'proposed' | 'closed' | 'decided'

/** 议事协商 list: my building's, branches' and community's topics, by shelf; or (scope manage) all I manage. */
export function useTopicList(scope: 'mine' | 'manage' = 'mine') {
  const [shelf, setShelf] = useState<TopicShelf | 'all'>(scope === 'manage' ? 'all' : 'open')
  const status: TopicStatus | undefined = shelf === 'all' ? undefined : shelf
  const list = usePagedList(`topics:${scope}:${shelf}`, (cursor) => fetchTopics({ scope, ...(status ? { status } : {}) }, cursor))
  return { shelf, setShelf, list }
}

/** One topic: vote, support, comments (newest first) and, for its branch, hiding one with a reason. */
export function useTopic(topicId: string | null) {
  const topic = useLoad(topicId ? `topic:${topicId}` : null, async () => afterOk(await fetchTopic(topicId ?? ''), (data) => data.topic))
  const comments = usePagedList(topicId ? `topic-comments:${topicId}` : null, (cursor) => fetchTopicComments(topicId ?? '', cursor))
  const write = useWrite()
  const commentId = useRef(newAttemptId())
  const vote = (option: number) =>
    write.run(async () => afterOk(await voteTopic(topicId ?? '', option), (data) => topic.setData(data.topic)), 'vote')
  const support = () => write.run(async () => afterOk(await supportTopic(topicId ?? ''), (data) => topic.setData(data.topic)), 'support')
  const comment = (text: string) =>
    write.run(
      async () =>
        afterOk(await commentTopic({ topicId: topicId ?? '', requestId: commentId.current, text }), async () => {
          commentId.current = newAttemptId()
          await Promise.all([comments.reload(), topic.reload()])
        }),
      'comment',
    )
  const hide = (id: string, reason: string) => write.run(async () => afterOk(await hideComment(id, reason), () => comments.reload()), id)
  return { topic, comments, vote, support, comment, hide, busyWith: write.busyWith }
}

type TopicFormField = 'title' | 'background' | 'options' | 'deadlineDay'

/** The fields a topic is written with (options one a line, a deadline day), shared by 提议 and 发起. */
export function useTopicForm<T>(
  initialDay: string,
  send: (
    fields: Pick<RequestOf<'community', 'proposeTopic'>, 'requestId' | 'title' | 'background' | 'options' | 'deadline'>,
  ) => Promise<import('@core/envelope').Reply<T>>,
  onSuccess: (data: T) => void,
) {
  const requestId = useRef(newAttemptId())
  return useFormSubmit<TopicFormField, T>({
    initial: { title: '', background: '', options: '同意\n不同意', deadlineDay: initialDay },
    required: { title: '请写清议题', background: '请写明背景', options: '请至少写两个选项' },
    send: (values) =>
      send({
        requestId: requestId.current,
        title: values.title,
        background: values.background,
        options: optionsOfText(values.options),
        deadline: deadlineOfDay(values.deadlineDay),
      }),
    onSuccess: (data) => {
      requestId.current = newAttemptId()
      onSuccess(data)
    },
  })
}

/** 提议议题 for my building. */
export function useProposeTopic(initialDay: string, onDone: (topicId: string) => void) {
  return useTopicForm(initialDay, proposeTopic, (data) => onDone(data.topic.id))
}
