import type { ElderCard, NoticeForElder, UnvisitedElder } from '../../../core/contract/care'
import type { CareProfileDoc, CareResidentPairDoc } from '../../../core/care/model'
import { birthdayParts, sharesKey } from '../../../core/care/scope'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { noticeReadId } from '../../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../../core/notices/model'
import { failure, success } from '../../../core/result'
import { beijingDayBefore, beijingMonth, beijingYear, isoOf } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { andWhere, command, findByIds, findMany } from '../../_core/db'
import { pageBy } from '../../_core/paging'
import { mayActFor, pairedEldersOf } from '../../_core/pairing'
import { inTransaction } from '../../_core/transaction'
import { loadElder, reachOf } from '../lib/elders'
import { grantViews } from '../lib/grant-views'
import { patchProfile } from '../lib/profile'
import { careScopeOf } from '../lib/scope'

/** Elders listed for one caller's scope at most (a group or a few buildings hold far fewer). */
const SCOPE_ELDERS_MAX = 60

/** The caller's grants (with their orgs' names) and what they may do here: what the 关爱 pages show. */
export const myScope: Handler<'care', 'myScope'> = async ({ caller }) => {
  const scope = await careScopeOf(caller)
  const paired = await pairedEldersOf(caller.member)
  return success({
    grants: await grantViews(scope.grants),
    manages: scope.manages,
    readsLists: scope.read.length > 0,
    visits: paired.length > 0 || scope.write.length > 0,
  })
}

/** Elderly members a scope covers: a group's or a branch's (by org) and a building's (by building). */
function eldersInScope(keys: string[]): Record<string, unknown> | null {
  const orgIds = keys.filter((key) => !key.startsWith('b:'))
  const buildings = keys.filter((key) => key.startsWith('b:')).map((key) => key.slice(2))
  const _ = command()
  const parts = [...(orgIds.length ? [{ orgPath: _.in(orgIds) }] : []), ...(buildings.length ? [{ building: _.in(buildings) }] : [])]
  if (!parts.length) return null
  return andWhere({ elder: true, archived: false }, parts.length === 1 ? parts[0] : (_.or(parts) as unknown as Record<string, unknown>))
}

/**
 * Whom I visit: my 结对 elders first, then (for a 党小组长, 楼栋长 or 网格员) the elderly members of my
 * group or buildings, each with their last visit day. A secretary's whole branch is on 未走访名单, not here.
 */
export const myElders: Handler<'care', 'myElders'> = async ({ caller }) => {
  const scope = await careScopeOf(caller)
  const paired = await pairedEldersOf(caller.member)
  const grantKeys = scope.write.filter((key) => !scope.manages || key !== caller.scopeOrg?._id)
  const filter = eldersInScope(grantKeys)
  const inScopeElders = filter
    ? await findMany<MemberDoc>('members', filter, { orderBy: [['sortKey', 'asc']], limit: SCOPE_ELDERS_MAX })
    : []
  const pairedIds = new Set(paired.map((elder) => elder._id))
  const all = [...paired, ...inScopeElders.filter((elder) => !pairedIds.has(elder._id) && elder._id !== caller.member?._id)]
  const residentPairs = caller.member
    ? await findMany<CareResidentPairDoc>('careResidentPairs', { helperId: caller.member._id, active: true }, { limit: SCOPE_ELDERS_MAX })
    : []
  // Members' and residents' care profiles alike (`_id` = the person's id), read together.
  const ids = [...all.map((elder) => elder._id), ...residentPairs.map((pair) => pair._id)]
  const profiles = await findByIds<CareProfileDoc>('careProfiles', ids, { lastVisitDate: true })
  const lastVisitOf = (id: string) => profiles.get(id)?.lastVisitDate ?? null
  const elders: ElderCard[] = all.map((elder) => ({
    id: elder._id,
    kind: 'member',
    name: elder.name,
    building: elder.building,
    via: pairedIds.has(elder._id) ? 'paired' : 'scope',
    lastVisitDate: lastVisitOf(elder._id),
  }))
  for (const pair of residentPairs)
    elders.push({
      id: pair._id,
      kind: 'resident',
      name: pair.residentName,
      building: pair.building,
      via: 'paired',
      lastVisitDate: lastVisitOf(pair._id),
    })
  return success({ elders })
}

/** The live notices meant for this elder (newest first), and whether they already have each. */
export const noticesForElder: Handler<'care', 'noticesForElder'> = async ({ data, caller }) => {
  const elder = await loadElder(data.elderId)
  if (!elder) return failure('COMMON.NOT_FOUND')
  if (!reachOf(caller, await careScopeOf(caller), elder)) return failure('CARE.NOT_YOURS')
  const _ = command()
  const notices = await findMany<NoticeDoc>(
    'notices',
    { audienceKey: _.in(elder.reader.keys), status: 'published', visibleUntil: _.gt(new Date()) },
    { orderBy: [['sortKey', 'desc']], limit: 10 },
  )
  const receipts = await findByIds<NoticeReadDoc>(
    'noticeReads',
    notices.map((notice) => noticeReadId(notice._id, elder.id)),
    { noticeId: true },
  )
  const received = new Set([...receipts.values()].map((receipt) => receipt.noticeId))
  const items: NoticeForElder[] = notices.map((notice) => ({
    id: notice._id,
    title: notice.title,
    publishedAt: isoOf(notice.publishedAt),
    received: received.has(notice._id),
  }))
  return success({ notices: items })
}

/**
 * 未走访名单: elderly members in the caller's scope nobody has visited (or called) in `days` days,
 * in name order. A page may hold fewer than `limit` while `nextCursor` is set (the visited are skipped).
 */
export const unvisited: Handler<'care', 'unvisited'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  const filter = eldersInScope(scope.read)
  if (!filter) return failure('COMMON.FORBIDDEN')
  const page = await pageBy<MemberDoc>('members', filter, { by: 'sortKey', direction: 'asc', unique: true }, { ...data, limit: data.limit })
  if (!page.ok) return page
  const cutoff = beijingDayBefore(new Date(), data.days)
  const members = page.value.items
  const [profiles, orgs, helpers] = await Promise.all([
    findByIds<CareProfileDoc>(
      'careProfiles',
      members.map((m) => m._id),
      { lastVisitDate: true },
    ),
    findByIds<OrgDoc>(
      'orgs',
      members.map((m) => m.orgId),
      { name: true },
    ),
    findByIds<MemberDoc>(
      'members',
      members.flatMap((m) => (m.helperId ? [m.helperId] : [])),
      { name: true, pairedElderIds: true, archived: true },
    ),
  ])
  const items: UnvisitedElder[] = members
    .map((member) => ({ member, last: profiles.get(member._id)?.lastVisitDate ?? null }))
    .filter(({ last }) => !last || last < cutoff)
    .map(({ member, last }) => {
      const helper = member.helperId ? helpers.get(member.helperId) : undefined
      return {
        id: member._id,
        name: member.name,
        building: member.building,
        orgName: orgs.get(member.orgId)?.name ?? null,
        lastVisitDate: last,
        helperName: mayActFor(helper, member) ? helper!.name : null,
      }
    })
  return success({ items, nextCursor: page.value.nextCursor })
}

/** 集体生日会: people in the caller's scope whose birthday falls in the month (this month by default). */
export const birthdays: Handler<'care', 'birthdays'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  if (!scope.read.length) return failure('COMMON.FORBIDDEN')
  const now = new Date()
  const month = data.month ?? Number(beijingMonth(now).slice(5, 7))
  const profiles = await findMany<CareProfileDoc>(
    'careProfiles',
    { scopeKeys: command().in(scope.read), birthMonth: month },
    { orderBy: [['birthday', 'asc']], limit: 100, fields: { name: true, building: true, birthday: true, personKind: true } },
  )
  const members = await findByIds<MemberDoc>(
    'members',
    profiles.filter((p) => p.personKind === 'member').map((p) => p._id),
    { birthYear: true },
  )
  const year = beijingYear(now)
  return success({
    month,
    items: profiles.map((profile) => {
      const birthYear = members.get(profile._id)?.birthYear
      return {
        id: profile._id,
        name: profile.name,
        building: profile.building,
        birthday: profile.birthday ?? '',
        age: birthYear ? year - birthYear : null,
      }
    }),
  })
}

/** A birthday is set (or cleared) by whoever writes for the person's branch, group or building; audited. */
export const setBirthday: Handler<'care', 'setBirthday'> = async ({ data, caller }) => {
  const parts = data.birthday === null ? { birthday: null, birthMonth: null } : birthdayParts(data.birthday)
  if (!parts) return failure('COMMON.VALIDATION', '生日不是有效的日期', 'birthday')
  const elder = await loadElder(data.personId)
  if (!elder) return failure('COMMON.NOT_FOUND')
  const scope = await careScopeOf(caller)
  if (!sharesKey(elder.scopeKeys, scope.write)) {
    // Seen but not theirs to change (a liaison): forbidden; outside their scope: not found; no scope at all: forbidden.
    const seen = sharesKey(elder.scopeKeys, scope.read)
    return failure(seen || !scope.read.length ? 'COMMON.FORBIDDEN' : 'COMMON.NOT_FOUND')
  }
  await inTransaction(async (work) => {
    await patchProfile(work, elder, parts)
    work.audit(caller, 'care.setBirthday', elder.id, { birthday: parts.birthday })
  })
  return success({ personId: elder.id, birthday: parts.birthday })
}
