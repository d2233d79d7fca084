import type { DeliveredPerson, UnreadPerson } from '../../../core/contract/notices'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc, ResidentDoc } from '../../../core/model'
import { noticeReadId } from '../../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../../core/notices/model'
import { failure, success } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/cursor'
import { isoOf } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { andWhere, command, countWhere, findById, findByIds, findMany } from '../../_core/db'
import { badCursor } from '../../_core/paging'
import { mayActFor } from '../../_core/pairing'
import { statsScopeOf, type StatsScope } from '../lib/stats-scope'

/** People checked per request for the not-read list: the page stays bounded however many have read. */
const SCAN_CHUNK = 100
const SCAN_CHUNKS_MAX = 5

/**
 * How many of the audience have read a notice, and a page of who has not (members by name, then
 * residents), with each elder's helper so the branch can phone them. A secretary sees only their
 * subtree. The cursor is `m|<member sortKey>` or `r|<resident id>`.
 */
export const readStats: Handler<'notices', 'readStats'> = async ({ data, caller }) => {
  const notice = await findById<NoticeDoc>('notices', data.noticeId)
  if (!notice) return failure('COMMON.NOT_FOUND')
  const scope = await statsScopeOf(caller, notice)
  if (!scope) return failure('COMMON.NOT_FOUND')
  const [position] = data.cursor ? (decodeCursor(data.cursor, 1) ?? []) : ['m|']
  if (typeof position !== 'string' || !/^[mr]\|/.test(position)) return badCursor()

  const [audienceSize, read, page, delivered] = await Promise.all([
    countAudience(scope),
    countReads(scope),
    unreadPage(notice, scope, position, data.limit),
    deliveredIn(scope),
  ])
  return success({
    noticeId: notice._id,
    title: notice.title,
    audienceSize,
    read,
    unread: page.items,
    nextCursor: page.next ? encodeCursor([page.next]) : null,
    deliveredCount: delivered.count,
    delivered: delivered.items,
  })
}

/** 送达: receipts written by a delivery at the door (care.recordVisit), counted and the latest named. */
async function deliveredIn(scope: StatsScope): Promise<{ count: number; items: DeliveredPerson[] }> {
  const filters = [scope.memberReceipts, scope.residentReceipts].flatMap((filter) => (filter ? [{ ...filter, delivered: true }] : []))
  const [counts, receipts] = await Promise.all([
    Promise.all(filters.map((filter) => countWhere('noticeReads', filter))),
    Promise.all(filters.map((filter) => findMany<NoticeReadDoc>('noticeReads', filter, { orderBy: [['at', 'desc']], limit: 20 }))),
  ])
  const latest = receipts
    .flat()
    .sort((a, b) => isoOf(b.at).localeCompare(isoOf(a.at)))
    .slice(0, 20)
  const [members, residents] = await Promise.all([
    findByIds<MemberDoc>(
      'members',
      latest.filter((r) => r.personKind === 'member').map((r) => r.personId),
      { name: true },
    ),
    findByIds<ResidentDoc>(
      'residents',
      latest.filter((r) => r.personKind === 'resident').map((r) => r.personId),
      { name: true },
    ),
  ])
  return {
    count: counts.reduce((sum, n) => sum + n, 0),
    items: latest.map((receipt) => ({
      personId: receipt.personId,
      name: (members.get(receipt.personId) ?? residents.get(receipt.personId))?.name ?? '',
      byName: receipt.deliveredByName ?? '',
      at: isoOf(receipt.at),
    })),
  }
}

async function countAudience(scope: StatsScope): Promise<number> {
  const [members, residents] = await Promise.all([
    scope.members ? countWhere('members', scope.members) : 0,
    scope.residents ? countWhere('residents', scope.residents) : 0,
  ])
  return members + residents
}

async function countReads(scope: StatsScope): Promise<number> {
  const [members, residents] = await Promise.all([
    scope.memberReceipts ? countWhere('noticeReads', scope.memberReceipts) : 0,
    scope.residentReceipts ? countWhere('noticeReads', scope.residentReceipts) : 0,
  ])
  return members + residents
}

async function readersAmong(noticeId: string, personIds: string[]): Promise<Set<string>> {
  const receipts = await findByIds<NoticeReadDoc>(
    'noticeReads',
    personIds.map((personId) => noticeReadId(noticeId, personId)),
    { personId: true },
  )
  return new Set([...receipts.values()].map((receipt) => receipt.personId))
}

/**
 * Not-read people from `start` on: members by sortKey (`m|<sortKey>`), then residents by id
 * (`r|<id>`), SCAN_CHUNK people looked at per read and at most SCAN_CHUNKS_MAX reads per page.
 */
async function unreadPage(
  notice: NoticeDoc,
  scope: StatsScope,
  start: string,
  limit: number,
): Promise<{ items: UnreadPerson[]; next: string | null }> {
  const phases = {
    m: { name: 'members', filter: scope.members, by: 'sortKey', then: 'r|' },
    r: { name: 'residents', filter: scope.residents, by: '_id', then: null },
  } as const
  const found = { m: [] as MemberDoc[], r: [] as ResidentDoc[] }
  const count = () => found.m.length + found.r.length
  let position: string | null = start
  for (let chunk = 0; chunk < SCAN_CHUNKS_MAX && position && count() < limit; chunk++) {
    const tag = position[0] as keyof typeof phases
    const phase = phases[tag]
    const key: string = position.slice(2)
    if (!phase.filter) {
      position = phase.then
      continue
    }
    const docs: Array<MemberDoc & ResidentDoc> = await findMany<MemberDoc & ResidentDoc>(
      phase.name,
      andWhere(phase.filter, key ? { [phase.by]: command().gt(key) } : {}),
      { orderBy: [[phase.by, 'asc']], limit: SCAN_CHUNK },
    )
    const read = await readersAmong(
      notice._id,
      docs.map((doc) => doc._id),
    )
    position = docs.length < SCAN_CHUNK ? phase.then : `${tag}|${docs[docs.length - 1][phase.by]}`
    for (const doc of docs) {
      if (read.has(doc._id)) continue
      found[tag].push(doc)
      if (count() === limit) {
        position = `${tag}|${doc[phase.by]}`
        break
      }
    }
  }
  return { items: [...(await describeMembers(found.m)), ...found.r.map(describeResident)], next: position }
}

async function describeMembers(members: MemberDoc[]): Promise<UnreadPerson[]> {
  if (!members.length) return []
  const [helpers, orgs] = await Promise.all([
    findByIds<MemberDoc>(
      'members',
      members.flatMap((m) => (m.helperId ? [m.helperId] : [])),
      { name: true, pairedElderIds: true, archived: true },
    ),
    findByIds<OrgDoc>(
      'orgs',
      members.map((m) => m.orgId),
      { name: true },
    ),
  ])
  return members.map((member) => {
    // Only a helper who may act for the elder counts (the link is kept from both sides).
    const helper = member.helperId ? helpers.get(member.helperId) : undefined
    return {
      personId: member._id,
      kind: 'member' as const,
      name: member.name,
      phoneMasked: maskPhone(member.phone),
      orgName: orgs.get(member.orgId)?.name ?? null,
      building: member.building ?? '',
      elder: member.elder,
      helperName: mayActFor(helper, member) ? helper!.name : null,
    }
  })
}

function describeResident(resident: ResidentDoc): UnreadPerson {
  return {
    personId: resident._id,
    kind: 'resident',
    name: resident.name,
    phoneMasked: maskPhone(resident.phone),
    orgName: null,
    building: resident.building,
    elder: false,
    helperName: null,
  }
}
