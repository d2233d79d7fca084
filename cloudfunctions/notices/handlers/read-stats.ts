import type { ReadStatsResponse, UnreadPerson } from '../../../core/contract/notices'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc, ResidentDoc } from '../../../core/model'
import { noticeReadId } from '../../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../../core/notices/model'
import { failure, success, type Result } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/rules/roster'
import type { HandlerContext } from '../../_core/create-function'
import { command, countWhere, findById, findMany } from '../../_core/db'
import { statsScopeOf, type StatsScope } from '../lib/stats-scope'

/** People checked per request for the not-read list: the page stays bounded however many have read. */
const SCAN_CHUNK = 100
const SCAN_CHUNKS_MAX = 5

/**
 * How many of the audience have read a notice, and a page of who has not (members by name, then
 * residents), with each elder's helper so the branch can phone them. A secretary sees only their
 * subtree. The cursor is `m|<member sortKey>` or `r|<resident id>`.
 */
export async function readStats({
  data,
  caller,
}: HandlerContext<{ noticeId: string; cursor?: string; limit: number }>): Promise<Result<ReadStatsResponse>> {
  const notice = await findById<NoticeDoc>('notices', data.noticeId)
  if (!notice) return failure('COMMON.NOT_FOUND')
  const scope = await statsScopeOf(caller, notice)
  if (!scope) return failure('COMMON.NOT_FOUND')
  const position = data.cursor ? decodeCursor(data.cursor) : 'm|'
  if (!position || !/^[mr]\|/.test(position)) return failure('COMMON.VALIDATION', 'cursor：取值无效', 'cursor')

  const [audienceSize, read, page] = await Promise.all([
    countAudience(scope),
    countReads(scope),
    unreadPage(notice, scope, position, data.limit),
  ])
  return success({
    noticeId: notice._id,
    title: notice.title,
    audienceSize,
    read,
    unread: page.items,
    nextCursor: page.next ? encodeCursor(page.next) : null,
  })
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
  if (!personIds.length) return new Set()
  const ids = personIds.map((personId) => noticeReadId(noticeId, personId))
  const receipts = await findMany<NoticeReadDoc>(
    'noticeReads',
    { _id: command().in(ids) },
    { limit: ids.length, fields: { personId: true } },
  )
  return new Set(receipts.map((receipt) => receipt.personId))
}

async function unreadPage(
  notice: NoticeDoc,
  scope: StatsScope,
  start: string,
  limit: number,
): Promise<{ items: UnreadPerson[]; next: string | null }> {
  const _ = command()
  const members: MemberDoc[] = []
  const residents: ResidentDoc[] = []
  let position: string | null = start
  for (let chunk = 0; chunk < SCAN_CHUNKS_MAX && position && members.length + residents.length < limit; chunk++) {
    const key: string = position.slice(2)
    if (position.startsWith('m|')) {
      if (!scope.members) {
        position = 'r|'
        continue
      }
      const filter = { ...scope.members, ...(key ? { sortKey: _.gt(key) } : {}) }
      const docs = await findMany<MemberDoc>('members', filter, { orderBy: [['sortKey', 'asc']], limit: SCAN_CHUNK })
      const read = await readersAmong(
        notice._id,
        docs.map((doc) => doc._id),
      )
      position = docs.length < SCAN_CHUNK ? 'r|' : `m|${docs[docs.length - 1].sortKey}`
      for (const doc of docs) {
        if (read.has(doc._id)) continue
        members.push(doc)
        if (members.length + residents.length === limit) {
          position = `m|${doc.sortKey}`
          break
        }
      }
    } else {
      if (!scope.residents) {
        position = null
        break
      }
      const filter = { ...scope.residents, ...(key ? { _id: _.gt(key) } : {}) }
      const docs = await findMany<ResidentDoc>('residents', filter, { orderBy: [['_id', 'asc']], limit: SCAN_CHUNK })
      const read = await readersAmong(
        notice._id,
        docs.map((doc) => doc._id),
      )
      position = docs.length < SCAN_CHUNK ? null : `r|${docs[docs.length - 1]._id}`
      for (const doc of docs) {
        if (read.has(doc._id)) continue
        residents.push(doc)
        if (members.length + residents.length === limit) {
          position = `r|${doc._id}`
          break
        }
      }
    }
  }
  return { items: [...(await describeMembers(members)), ...residents.map(describeResident)], next: position }
}

async function describeMembers(members: MemberDoc[]): Promise<UnreadPerson[]> {
  if (!members.length) return []
  const _ = command()
  const helperIds = [...new Set(members.map((m) => m.helperId).filter((id): id is string => !!id))]
  const orgIds = [...new Set(members.map((m) => m.orgId))]
  const [helpers, orgs] = await Promise.all([
    helperIds.length
      ? findMany<MemberDoc>('members', { _id: _.in(helperIds) }, { limit: helperIds.length, fields: { name: true, pairedElderIds: true } })
      : [],
    findMany<OrgDoc>('orgs', { _id: _.in(orgIds) }, { limit: orgIds.length, fields: { name: true } }),
  ])
  const helperById = new Map(helpers.map((helper) => [helper._id, helper]))
  const orgName = new Map(orgs.map((org) => [org._id, org.name]))
  return members.map((member) => {
    const helper = member.helperId ? helperById.get(member.helperId) : undefined
    // Only a helper whose own list still holds the elder counts (the link is kept from both sides).
    const linked = helper && (helper.pairedElderIds ?? []).includes(member._id) ? helper : undefined
    return {
      personId: member._id,
      kind: 'member' as const,
      name: member.name,
      phoneMasked: maskPhone(member.phone),
      orgName: orgName.get(member.orgId) ?? null,
      building: member.building ?? '',
      elder: member.elder,
      helperName: linked?.name ?? null,
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
