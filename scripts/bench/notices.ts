/**
 * Benchmark of 通知 (issue 6), through the real notices cloud function and wx-server-sdk against an
 * in-memory local cloud, with 500 notices in the system (to everyone, to all members, to branches, to
 * buildings; some pinned, expired or withdrawn) and a roster of 10,000 members:
 *   a member's unread count (`unreadCount`) and notice list (`list`, first page and a later page by
 *   cursor) — p50/p95 each;
 *   the admin's read statistics (`readStats`) of a notice sent to all 10,000 members, 6,000 of whom
 *   have read it: counts plus the first page of who has not read, and a page deep in that list.
 * Run: npx tsx scripts/bench/notices.ts   → prints a table, writes .bench/notices.json
 */
import type { NoticeListResponse, ReadStatsResponse } from '../../core/contract/notices'
import type { MemberDoc } from '../../core/model'
import { audienceKeyOf, audienceKeysOf, NEVER_EXPIRES, noticeReadId, noticeSortKey, type Audience } from '../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../core/notices/model'
import { parseBody } from '../../core/notices/rich-text'
import { newMemberId } from '../../core/rules/roster'
import { buildDemoCommunity } from '../../server/seed/community'
import { createRandom } from '../../server/seed/random'
import { startFunctionBench } from './lib/function-env'
import { syntheticMemberFields } from './lib/synthetic-members'
import { CASE_RUNS, latencyRow, publishBench, runBench, tenths, timeCase, type BenchRow } from './report'

const ENV = 'bench-notices'
const ADMIN = 'demo-admin'
const ME = 'demo-member'
const NOTICES = 500
const AUDIENCE = 10_000
const READ_SHARE = 0.6
const BIG_NOTICE = 'n-bench-everyone'
const DAY = 86_400_000

async function main(): Promise<void> {
  const bench = await startFunctionBench(ENV)
  const { server, insert } = bench
  const { newMemberDoc } = await import('../../cloudfunctions/members/lib/member-write')
  const call = await bench.caller('notices')

  // People: the demo community, and the roster filled to 10,000 active members.
  const loadStart = Date.now()
  const community = buildDemoCommunity()
  const now = new Date()
  const orgById = new Map(community.orgs.map((org) => [org._id, org]))
  const groups = community.orgs.filter((org) => org.level === 'group')
  const random = createRandom(6060)
  const active = community.members.filter((m) => !m.archived).length
  const extra = Array.from({ length: AUDIENCE - active }, (_, i) => {
    const fields = syntheticMemberFields(random, i, '136', groups, 0.3)
    return newMemberDoc(newMemberId(fields.phone), fields, orgById.get(fields.orgId)!, now) as unknown as MemberDoc
  })
  const members = [...community.members, ...extra]
  await insert('orgs', community.orgs)
  await insert('members', members)
  await insert('residents', community.residents)
  await insert('users', community.users)

  // 500 notices over the last 100 days, to every kind of audience; the last is to all members.
  const me = community.members.find((m) => m.openid === ME)!
  const branches = community.orgs.filter((org) => org.level === 'branch')
  const buildings = community.orgs.flatMap((org) => org.buildings ?? [])
  const audienceOf = (i: number): Audience => {
    switch (i % 5) {
      case 0:
        return { kind: 'members' }
      case 1:
        return { kind: 'all' }
      case 2:
        return { kind: 'org', orgId: branches[i % branches.length]._id }
      case 3:
        return { kind: 'org', orgId: me.orgId }
      default:
        return { kind: 'building', building: buildings[i % buildings.length] }
    }
  }
  const docs: NoticeDoc[] = Array.from({ length: NOTICES }, (_, i) => {
    const id = i === NOTICES - 1 ? BIG_NOTICE : `n-bench-${String(i).padStart(4, '0')}`
    const audience: Audience = i === NOTICES - 1 ? { kind: 'members' } : audienceOf(i)
    const publishedAt = new Date(now.getTime() - ((NOTICES - i) / NOTICES) * 100 * DAY)
    const expiresAt = i % 50 === 7 ? new Date(publishedAt.getTime() + 3 * DAY) : null
    const pinned = i % 100 === 11
    const scopeOrg = audience.kind === 'org' ? orgById.get(audience.orgId)! : null
    return {
      _id: id,
      title: `第 ${i + 1} 号通知：社区党建工作安排`,
      body: parseBody('各位党员、居民朋友：\n请按时参加本月的**主题党日**活动，行动不便的老党员由结对党员上门送学。'),
      images: [],
      attachments: [],
      audience,
      audienceKey: audienceKeyOf(audience),
      audienceLabel:
        scopeOrg?.name ?? (audience.kind === 'building' ? audience.building : audience.kind === 'all' ? '全体居民' : '全体党员'),
      scopePath: scopeOrg ? [...scopeOrg.path, scopeOrg._id] : ['org-committee'],
      pinned,
      status: i % 50 === 13 ? 'withdrawn' : 'published',
      expiresAt,
      visibleUntil: expiresAt ?? NEVER_EXPIRES,
      sortKey: noticeSortKey(pinned, publishedAt, id),
      authorOpenid: ADMIN,
      authorName: '王建华',
      version: 1,
      publishedAt,
      updatedAt: publishedAt,
      withdrawnAt: i % 50 === 13 ? publishedAt : null,
    }
  })
  await insert('notices', docs)

  const receipt = (notice: NoticeDoc, person: MemberDoc): NoticeReadDoc => ({
    _id: noticeReadId(notice._id, person._id),
    noticeId: notice._id,
    personId: person._id,
    personKind: 'member',
    orgPath: person.orgPath,
    building: person.building,
    audienceKey: notice.audienceKey,
    live: notice.status === 'published',
    visibleUntil: notice.visibleUntil,
    noticeVersion: 1,
    at: new Date(notice.publishedAt.getTime() + 3_600_000),
  })
  // My notices: those for my keys, live and unexpired; I have read every third one.
  const myKeys = new Set(audienceKeysOf({ memberOrgPath: me.orgPath, building: me.building }))
  const mine = docs.filter((n) => myKeys.has(n.audienceKey) && n.status === 'published' && n.visibleUntil > now)
  const myReads = mine.filter((_, i) => i % 3 === 0).map((n) => receipt(n, me))
  // The notice to all members: 60% of the roster has read it.
  const big = docs[docs.length - 1]
  const bigReads = members.filter((m) => !m.archived && m._id !== me._id && random.chance(READ_SHARE)).map((m) => receipt(big, m))
  const allReads = [...myReads, ...bigReads.filter((r) => !myReads.some((mr) => mr._id === r._id))]
  for (let i = 0; i < allReads.length; i += 5000) await insert('noticeReads', allReads.slice(i, i + 5000))
  await server.service.sql('ANALYZE')
  const loadMs = Date.now() - loadStart
  const expectedUnread = mine.length - myReads.length
  const expectedRead = allReads.filter((r) => r.noticeId === BIG_NOTICE).length
  console.log(
    `loaded ${members.length} members, ${docs.length} notices (${mine.length} for ${me.name}), ${allReads.length} receipts in ${Math.round(loadMs / 1000)} s`,
  )

  const unread = await timeCase(async () => {
    const { unread: count } = await call<{ unread: number }>(ME, 'unreadCount', {})
    if (count !== expectedUnread) throw new Error(`unread ${count}, expected ${expectedUnread}`)
  })
  const listFirst = await timeCase(async () => {
    const page = await call<NoticeListResponse>(ME, 'list', {})
    if (page.items.length !== 20 || !page.items[0].pinned) throw new Error('first page short or not pinned first')
  })
  // The cursor of page 5 (notices 81–100 of mine), found once.
  let listCursor: string | undefined
  for (let p = 0; p < 4; p++)
    listCursor = (await call<NoticeListResponse>(ME, 'list', listCursor ? { cursor: listCursor } : {})).nextCursor ?? undefined
  const listDeep = await timeCase(async () => {
    const page = await call<NoticeListResponse>(ME, 'list', { cursor: listCursor })
    if (page.items.length !== 20) throw new Error('page 5 is short')
  })

  const statsFirst = await timeCase(async () => {
    const stats = await call<ReadStatsResponse>(ADMIN, 'readStats', { noticeId: BIG_NOTICE })
    if (stats.audienceSize !== AUDIENCE || stats.read !== expectedRead || stats.unread.length !== 20) {
      throw new Error(`readStats ${stats.audienceSize}/${stats.read}/${stats.unread.length}, expected ${AUDIENCE}/${expectedRead}/20`)
    }
  })
  // The cursor of the 50th page of people who have not read it (about 1,000 names in), found once.
  let statsCursor: string | undefined
  let statsPages = 0
  const t0 = process.hrtime.bigint()
  while (statsPages < 49) {
    const page = await call<ReadStatsResponse>(
      ADMIN,
      'readStats',
      statsCursor ? { noticeId: BIG_NOTICE, cursor: statsCursor } : { noticeId: BIG_NOTICE },
    )
    if (!page.nextCursor) throw new Error('not-read list ended early')
    statsCursor = page.nextCursor
    statsPages += 1
  }
  const walkMs = Number(process.hrtime.bigint() - t0) / 1e6
  const statsDeep = await timeCase(async () => {
    const stats = await call<ReadStatsResponse>(ADMIN, 'readStats', { noticeId: BIG_NOTICE, cursor: statsCursor })
    if (!stats.unread.length) throw new Error('deep not-read page is empty')
  })

  const rows: BenchRow[] = [
    latencyRow('我的未读数（unreadCount）', unread, `系统内 ${NOTICES} 条，发给我的 ${mine.length} 条，未读 ${expectedUnread}`),
    latencyRow('我的通知第 1 页（list）', listFirst, '置顶在前，每页 20'),
    latencyRow('我的通知第 5 页（游标）', listDeep, 'audienceKey + sortKey，无 skip'),
    latencyRow(`阅读统计：发给 ${AUDIENCE.toLocaleString('en')} 人，第 1 页未读名单`, statsFirst, `应读 ${AUDIENCE}，已读 ${expectedRead}`),
    latencyRow('阅读统计：未读名单第 50 页（游标）', statsDeep, `走到第 50 页共 ${tenths(walkMs / 1000)} s`),
  ]
  publishBench(
    'notices',
    `通知：系统内 ${NOTICES} 条通知、${AUDIENCE.toLocaleString('en')} 名党员（各 ${CASE_RUNS} 次，经 notices 云函数）`,
    rows,
    {
      members: members.length,
      notices: docs.length,
      mine: mine.length,
      receipts: allReads.length,
      loadMs,
    },
  )
  await server.close()
}

runBench(main)
