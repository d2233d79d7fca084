import type { TopicCommentDoc, TopicDoc } from '../../../core/community/deliberation'
import { failure, success } from '../../../core/result'
import { managesOrgPath } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { personOrFail } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { screenUserContent } from '../lib/screen'
import { inAudience, seesTopic, toCommentView } from '../lib/topic-views'

/** Comments newest first; a hidden one shows its reason (its text only to its author and managers). */
export const topicComments: Handler<'community', 'topicComments'> = async ({ data, caller }) => {
  const found = await findById<TopicDoc>('topics', data.topicId)
  if (!found || !seesTopic(found, caller)) return failure('COMMON.NOT_FOUND')
  const manages = managesOrgPath(caller, found.scopePath)
  const page = await pageBy<TopicCommentDoc>('topicComments', { topicId: found._id }, { by: 'createdAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(viewPage(page.value, (comment) => toCommentView(comment, caller, manages)))
}

/** Someone of the audience (or a manager) comments, after WeChat's content check; once per requestId. */
export const commentTopic: Handler<'community', 'commentTopic'> = async ({ data, caller }) => {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const found = await findById<TopicDoc>('topics', data.topicId)
  if (!found || !seesTopic(found, caller)) return failure('COMMON.NOT_FOUND')
  const manages = managesOrgPath(caller, found.scopePath)
  if (!manages && !inAudience(found, caller)) return failure('TOPIC.NOT_IN_AUDIENCE')
  const screened = await screenUserContent(caller, [data.text])
  if (!screened.ok) return screened
  const commentId = `comment-${person.value.id}-${data.requestId}`
  return inTransaction(async (work) => {
    const existing = await work.get<TopicCommentDoc>('topicComments', commentId)
    if (existing) return success({ comment: toCommentView(existing, caller, manages), created: false })
    const topic = await work.get<TopicDoc>('topics', found._id)
    if (!topic) return failure('COMMON.NOT_FOUND')
    const now = new Date()
    const comment = work.create<TopicCommentDoc>('topicComments', commentId, {
      topicId: topic._id,
      authorId: person.value.id,
      authorName: person.value.name,
      text: data.text,
      hidden: false,
      hiddenReason: null,
      hiddenByOpenid: null,
      createdAt: now,
    })
    work.patch('topics', topic._id, { commentCount: topic.commentCount + 1, updatedAt: now })
    return success({ comment: toCommentView(comment, caller, manages), created: true })
  })
}

/** The topic's branch hides a comment with a reason (audited); hiding it again changes nothing. */
export const hideComment: Handler<'community', 'hideComment'> = async ({ data, caller }) =>
  inTransaction(async (work) => {
    const comment = await work.get<TopicCommentDoc>('topicComments', data.commentId)
    const topic = comment ? await work.get<TopicDoc>('topics', comment.topicId) : null
    if (!comment || !topic || !managesOrgPath(caller, topic.scopePath)) return failure('COMMON.NOT_FOUND')
    if (!comment.hidden) {
      work.patch('topicComments', comment._id, { hidden: true, hiddenReason: data.reason, hiddenByOpenid: caller.openid })
      work.audit(caller, 'community.hideComment', comment._id, { topicId: topic._id, reason: data.reason })
    }
    return success({ comment: toCommentView(comment, caller, true) })
  })
