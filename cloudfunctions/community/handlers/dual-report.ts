import type { DualReportView, ServicePostView } from '../../../core/contract/govern'
import type { DualReportDoc, ServicePostDoc } from '../../../core/community/partners'
import { failure, success } from '../../../core/result'
import { managesOrgPath } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findById, findMany } from '../../_core/db'
import { postInTx, rankedPersonOf } from '../../_core/ledger'
import { inTransaction, inTransactionFor } from '../../_core/transaction'
import type { MemberDoc } from '../../../core/model'

function reportView(report: DualReportDoc, posts: Map<string, string>): DualReportView {
  const { memberId, name, workUnit, skills, postId, minutes } = report
  return { memberId, name, workUnit, skills, postId, postTitle: postId ? (posts.get(postId) ?? null) : null, minutes }
}

function postView(post: ServicePostDoc, mine: boolean): ServicePostView {
  const { _id, title, place, slots, claimed } = post
  return { id: _id, title, place, slots, claimed, mine }
}

async function postTitles(): Promise<Map<string, string>> {
  const posts = await findMany<ServicePostDoc>('servicePosts', {}, { orderBy: [['createdAt', 'desc']], limit: 100 })
  return new Map(posts.map((p) => [p._id, p.title]))
}

/** Service posts, and the caller's own 双报到 (if any). */
export const servicePosts: Handler<'community', 'servicePosts'> = async ({ caller }) => {
  const posts = await findMany<ServicePostDoc>('servicePosts', {}, { orderBy: [['createdAt', 'desc']], limit: 100 })
  const report = caller.member ? await findById<DualReportDoc>('dualReports', caller.member._id) : null
  const titles = new Map(posts.map((p) => [p._id, p.title]))
  return success({ items: posts.map((p) => postView(p, report?.postId === p._id)), report: report ? reportView(report, titles) : null })
}

export const saveServicePost: Handler<'community', 'saveServicePost'> = async ({ data, caller }) =>
  inTransaction(async (work) => {
    const postId = `post-${data.requestId}`
    const existing = await work.get<ServicePostDoc>('servicePosts', postId)
    if (existing)
      work.patch('servicePosts', postId, { title: data.title, place: data.place, slots: Math.max(data.slots, existing.claimed) })
    else work.create('servicePosts', postId, { title: data.title, place: data.place, slots: data.slots, claimed: 0, createdAt: new Date() })
    work.audit(caller, 'community.saveServicePost', postId, { slots: data.slots })
    return success({ post: postView((await work.get<ServicePostDoc>('servicePosts', postId))!, false) })
  })

/** An 在职党员 reports to the community (`_id` = member id: sent again, it is edited). */
export const dualReport: Handler<'community', 'dualReport'> = async ({ data, caller }) => {
  const member = caller.member
  if (!member) return failure('MEMBER.NOT_A_MEMBER')
  if (member.category !== 'employed') return failure('POST.NOT_EMPLOYED')
  const report = await inTransaction(async (work) => {
    const now = new Date()
    const existing = await work.get<DualReportDoc>('dualReports', member._id)
    if (existing) work.patch('dualReports', member._id, { workUnit: data.workUnit, skills: data.skills, updatedAt: now })
    else
      work.create('dualReports', member._id, {
        memberId: member._id,
        name: member.name,
        workUnit: data.workUnit,
        skills: data.skills,
        postId: null,
        minutes: 0,
        reportedAt: now,
        updatedAt: now,
      })
    return (await work.get<DualReportDoc>('dualReports', member._id))!
  })
  return success({ report: reportView(report, await postTitles()) })
}

/** 岗位认领: one post per reporting member; a post's slots are never oversold (counter in the same transaction). */
export const claimPost: Handler<'community', 'claimPost'> = async ({ data, caller }) => {
  const member = caller.member
  if (!member) return failure('MEMBER.NOT_A_MEMBER')
  const result = await inTransactionFor(`post:${data.postId}`, async (work) => {
    const post = await work.get<ServicePostDoc>('servicePosts', data.postId)
    if (!post) return failure('COMMON.NOT_FOUND')
    const report = await work.get<DualReportDoc>('dualReports', member._id)
    if (!report) return failure('POST.NOT_REPORTED')
    if (report.postId === post._id) return success(report)
    if (post.claimed >= post.slots) return failure('POST.FULL')
    if (report.postId) {
      const previous = await work.get<ServicePostDoc>('servicePosts', report.postId)
      if (previous) work.patch('servicePosts', previous._id, { claimed: Math.max(0, previous.claimed - 1) })
    }
    work.patch('servicePosts', post._id, { claimed: post.claimed + 1 })
    work.patch('dualReports', member._id, { postId: post._id, updatedAt: new Date() })
    return success(report)
  })
  return result.ok ? success({ report: reportView(result.value, await postTitles()) }) : result
}

/**
 * A manager of the member's branch logs service time on their post, once per requestId; audited. The
 * minutes go to the member's 志愿时长 through the points bank (`_core/ledger`, key
 * `post-hours:<member>:<requestId>`, 0 points) in the same transaction as the record on the report.
 */
export const logPostHours: Handler<'community', 'logPostHours'> = async ({ data, caller }) => {
  const member = await findById<MemberDoc>('members', data.memberId)
  if (!member || !managesOrgPath(caller, member.orgPath)) return failure('COMMON.NOT_FOUND')
  const person = await rankedPersonOf(member._id)
  const result = await inTransaction(async (work) => {
    const report = await work.get<DualReportDoc>('dualReports', member._id)
    if (!report?.postId) return failure('POST.NOT_REPORTED')
    const key = `hours-${member._id}-${data.requestId}`
    if (await work.get('postHours', key)) return success(report)
    const post = await work.get<ServicePostDoc>('servicePosts', report.postId)
    const posted = await postInTx(work, {
      key: `post-hours:${member._id}:${data.requestId}`,
      accountId: member._id,
      amount: 0,
      minutes: data.minutes,
      kind: 'attendance',
      reason: `双报到岗位「${post?.title ?? '服务岗位'}」服务`,
      ref: report.postId,
      ...(person ? { person } : {}),
    })
    if (!posted.ok) return posted
    work.create('postHours', key, {
      memberId: member._id,
      postId: report.postId,
      minutes: data.minutes,
      loggedByOpenid: caller.openid,
      at: new Date(),
    })
    work.patch('dualReports', member._id, { minutes: report.minutes + data.minutes, updatedAt: new Date() })
    work.audit(caller, 'community.logPostHours', member._id, { minutes: data.minutes, postId: report.postId })
    return success(report)
  })
  return result.ok ? success({ report: reportView(result.value, await postTitles()) }) : result
}
