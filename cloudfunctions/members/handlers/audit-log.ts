import { AUDIT_ACTION_LABELS } from '../../../core/audit-words'
import type { AuditLogEntry } from '../../../core/contract/members'
import type { AuditLogDoc, MemberDoc, ResidentDoc, UserDoc } from '../../../core/model'
import { success } from '../../../core/result'
import { isoOf, parseBeijingTime } from '../../../core/time'
import type { CollectionName } from '../../../core/collections'
import type { Handler } from '../../_core/create-function'
import { command, findByIds, type Filter } from '../../_core/db'
import { pageBy } from '../../_core/paging'

/** Collections whose ids an entry's target may be, and the field that names a document there. */
const NAMED: Array<[CollectionName, 'name' | 'title']> = [
  ['members', 'name'],
  ['residents', 'name'],
  ['orgs', 'name'],
  ['activities', 'title'],
  ['notices', 'title'],
  ['studyMaterials', 'title'],
  ['pointRewards', 'name'],
  ['pointCategories', 'name'],
]

/**
 * 操作记录, newest first (entries with the same timestamp neither skipped nor repeated: `_id` breaks
 * ties), filtered by actor, area and Beijing days. The committee reads everything; a secretary the
 * entries made in their subtree. Who and on whom come back as names, never openids or ids.
 */
export const auditLog: Handler<'members', 'auditLog'> = async ({ data, caller }) => {
  const _ = command()
  const filter: Filter = {}
  if (caller.role !== 'admin') filter.scopePath = caller.scopeOrg?._id ?? '-'
  if (data.actorOpenid) filter.actorOpenid = data.actorOpenid
  if (data.area) filter.action = _.in(Object.keys(AUDIT_ACTION_LABELS).filter((action) => action.startsWith(`${data.area}.`)))
  const from = data.from ? parseBeijingTime(`${data.from} 00:00`) : null
  const to = data.to ? parseBeijingTime(`${data.to} 23:59`) : null
  if (from && to) filter.at = _.and(_.gte(new Date(from)), _.lt(new Date(new Date(to).getTime() + 60_000)))
  else if (from) filter.at = _.gte(new Date(from))
  else if (to) filter.at = _.lt(new Date(new Date(to).getTime() + 60_000))

  const page = await pageBy<AuditLogDoc>('auditLogs', filter, { by: 'at', direction: 'desc' }, data)
  if (!page.ok) return page
  const docs = page.value.items
  const [actors, names] = await Promise.all([actorNames(docs.map((d) => d.actorOpenid)), namesOf(docs)])
  const items: AuditLogEntry[] = docs.map((doc) => {
    const personId = typeof doc.detail?.personId === 'string' ? doc.detail.personId : null
    return {
      id: doc._id,
      at: isoOf(doc.at),
      actor: { openid: doc.actorOpenid, name: actors.get(doc.actorOpenid) ?? '（未登记的账号）', role: doc.actorRole },
      action: doc.action,
      target: names.get(doc.target) ?? (doc.action === 'members.upsertBuilding' ? doc.target : null),
      person: personId ? (names.get(personId) ?? null) : null,
      detail: doc.detail ?? null,
    }
  })
  return success({ items, nextCursor: page.value.nextCursor })
}

/** Each account's person: the bound member's name, else the registered resident's. */
async function actorNames(openids: string[]): Promise<Map<string, string>> {
  const users = await findByIds<UserDoc>('users', openids)
  const memberIds = [...users.values()].map((u) => u.memberId).filter((id): id is string => Boolean(id))
  const residentIds = [...users.values()].map((u) => u.residentId).filter((id): id is string => Boolean(id))
  const [members, residents] = await Promise.all([
    findByIds<MemberDoc>('members', memberIds, { name: true }),
    findByIds<ResidentDoc>('residents', residentIds, { name: true }),
  ])
  const names = new Map<string, string>()
  for (const [openid, user] of users) {
    const name = (user.memberId && members.get(user.memberId)?.name) || (user.residentId && residents.get(user.residentId)?.name)
    if (name) names.set(openid, name)
  }
  return names
}

/** Names of the targets and persons of a page of entries, looked up by id in each collection that names things. */
async function namesOf(docs: AuditLogDoc[]): Promise<Map<string, string>> {
  const ids = new Set<string>()
  for (const doc of docs) {
    ids.add(doc.target)
    if (typeof doc.detail?.personId === 'string') ids.add(doc.detail.personId)
  }
  const names = new Map<string, string>()
  const found = await Promise.all(
    NAMED.map(([name, field]) =>
      findByIds<Record<string, unknown> & { _id: string }>(name, ids, { [field]: true }).then((docs) => ({ docs, field })),
    ),
  )
  for (const { docs: byId, field } of found)
    for (const [id, doc] of byId) if (typeof doc[field] === 'string') names.set(id, doc[field] as string)
  return names
}
