import type { MemberDoc } from '../../../core/model'
import type { NoticeDoc, NoticeReadDoc } from '../../../core/notices/model'
import type { MonthStatNumbers } from '../../../core/stats/model'
import { command, findAll } from '../../_core/db'
import { chunksOf, countsFor, type MonthContext } from './context'

type NoticeNumbers = Pick<MonthStatNumbers, 'notices' | 'noticeExpected' | 'noticeRead'>

/** Whether a notice's audience reaches a member (all residents, all members, an org subtree, a building). */
function reaches(notice: NoticeDoc, member: MemberDoc): boolean {
  const { audience } = notice
  if (audience.kind === 'all' || audience.kind === 'members') return true
  if (audience.kind === 'org') return member.orgPath.includes(audience.orgId)
  return member.building === audience.building
}

/**
 * 通知阅读率 (members): the notices published in the month, the members each reaches in the org,
 * and the members' read receipts of them.
 */
export async function noticeNumbers(ctx: MonthContext): Promise<Map<string, NoticeNumbers>> {
  const _ = command()
  const notices = await findAll<NoticeDoc>(
    'notices',
    { status: 'published', publishedAt: _.gte(ctx.start) },
    {
      fields: { audience: true, publishedAt: true },
    },
  )
  const ofMonth = notices.filter((n) => new Date(n.publishedAt).getTime() < ctx.end.getTime())
  const reads: NoticeReadDoc[] = []
  for (const chunk of chunksOf(ofMonth.map((n) => n._id))) {
    reads.push(
      ...(await findAll<NoticeReadDoc>('noticeReads', { noticeId: _.in(chunk), personKind: 'member' }, { fields: { orgPath: true } })),
    )
  }
  const result = new Map<string, NoticeNumbers>()
  for (const org of ctx.statOrgs) {
    const members = ctx.members.filter((m) => countsFor(org, m.orgPath))
    let count = 0
    let expected = 0
    for (const notice of ofMonth) {
      const reached = members.filter((m) => reaches(notice, m)).length
      if (reached) count += 1
      expected += reached
    }
    result.set(org._id, { notices: count, noticeExpected: expected, noticeRead: reads.filter((r) => countsFor(org, r.orgPath)).length })
  }
  return result
}
