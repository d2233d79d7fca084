import type { BuildingUnreadResponse } from '../../../core/contract/care'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import { audienceKeysOf, noticeReadId } from '../../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../../core/notices/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { command, findByIds, findMany } from '../../_core/db'
import { careScopeOf } from '../lib/scope'

/** People read per building list (a building holds a few dozen registered people). */
const PEOPLE_MAX = 300

/**
 * For a 楼栋长 or 网格员: who in their buildings a notice is meant for and has not read (or had
 * delivered) yet, so they can knock on the door. Nobody outside their buildings is listed.
 */
export const buildingUnread: Handler<'care', 'buildingUnread'> = async ({ data, caller }) => {
  const { buildings } = await careScopeOf(caller)
  if (!buildings.length) return failure('COMMON.FORBIDDEN')
  const notices = await findByIds<NoticeDoc>('notices', [data.noticeId])
  const notice = notices.get(data.noticeId)
  if (!notice || notice.status !== 'published') return failure('COMMON.NOT_FOUND')
  const _ = command()
  const [members, residents] = await Promise.all([
    findMany<MemberDoc>('members', { building: _.in(buildings), archived: false }, { orderBy: [['sortKey', 'asc']], limit: PEOPLE_MAX }),
    findMany<ResidentDoc>('residents', { building: _.in(buildings) }, { orderBy: [['_id', 'asc']], limit: PEOPLE_MAX }),
  ])
  const people = [
    ...members.map((m) => ({
      personId: m._id,
      kind: 'member' as const,
      name: m.name,
      building: m.building,
      unit: m.unit,
      elder: m.elder,
      orgPath: m.orgPath,
    })),
    ...residents.map((r) => ({
      personId: r._id,
      kind: 'resident' as const,
      name: r.name,
      building: r.building,
      unit: r.unit,
      elder: false,
      orgPath: null,
    })),
  ].filter((p) => audienceKeysOf({ memberOrgPath: p.orgPath, building: p.building || null }).includes(notice.audienceKey))
  const receipts = await findByIds<NoticeReadDoc>(
    'noticeReads',
    people.map((p) => noticeReadId(notice._id, p.personId)),
    { personId: true },
  )
  const read = new Set([...receipts.values()].map((r) => r.personId))
  const response: BuildingUnreadResponse = {
    noticeId: notice._id,
    title: notice.title,
    buildings,
    audienceSize: people.length,
    read: people.filter((p) => read.has(p.personId)).length,
    unread: people
      .filter((p) => !read.has(p.personId))
      .map(({ personId, kind, name, building, unit, elder }) => ({ personId, kind, name, building, unit, elder })),
  }
  return success(response)
}
