import type { UpsertOrgResponse } from '../../../core/contract/members'
import type { OrgDoc, OrgHistoryDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { canBeChildOf, childPath, rebasePath, wouldCycle } from '../../../core/rules/org'
import { writeAudit } from '../../_core/audit'
import type { Caller } from '../../_core/caller'
import type { DataOf, Handler } from '../../_core/create-function'
import { command, findById, findMany, findOne, insert, serverDate, updateWhere } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'
import { resolveGroupBuildings } from '../lib/buildings'
import { shortHash } from '../lib/ids'
import { toOrgNode } from '../lib/views'

type UpsertOrgData = DataOf<'members', 'upsertOrg'>

type Snapshot = OrgHistoryDoc['after']

/**
 * Create, rename, move or re-describe an org. Every change leaves an orgHistory entry (before/after).
 * A move rewrites `path` of the org and its descendants and `orgPath` of their members (and of pending
 * binding requests), so subtree scope stays exact. Levels must keep the tree's shape; an org cannot
 * move under itself.
 */
export const upsertOrg: Handler<'members', 'upsertOrg'> = async ({ data: request, caller }) => {
  const buildings = await resolveGroupBuildings(request.buildings)
  if (!buildings.ok) return buildings
  const data = { ...request, buildings: buildings.value }
  const parent = await findById<OrgDoc>('orgs', data.parentId)
  if (!parent) return failure('COMMON.VALIDATION', 'parentId：上级组织不存在', 'parentId')
  if (!canBeChildOf(data.level, parent.level)) return failure('ORG.INVALID_PARENT')
  const sibling = await findOne<OrgDoc>('orgs', { parentId: parent._id, name: data.name })
  if (sibling && !data.orgId && sibling._id === newOrgId(parent._id, data.name))
    return success({ org: toOrgNode(sibling), membersMoved: 0 })
  if (sibling && sibling._id !== data.orgId) return failure('ORG.NAME_TAKEN')
  return data.orgId ? update(data.orgId, data, parent, caller) : create(data, parent, caller)
}

async function create(data: UpsertOrgData, parent: OrgDoc, caller: Caller): Promise<Result<UpsertOrgResponse>> {
  // Deterministic id: a retried create finds its org instead of making a second one.
  const id = newOrgId(parent._id, data.name)
  const doc = {
    _id: id,
    name: data.name,
    level: data.level,
    parentId: parent._id,
    path: childPath(parent),
    buildings: data.buildings,
    sort: data.sort ?? 0,
  }
  try {
    await insert('orgs', { ...doc, createdAt: serverDate(), updatedAt: serverDate() })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    const existing = await findById<OrgDoc>('orgs', id)
    if (existing?.parentId === parent._id && existing.name === data.name) return success({ org: toOrgNode(existing), membersMoved: 0 })
    return failure('ORG.NAME_TAKEN')
  }
  await history(id, 'create', null, snapshot(doc), caller)
  await writeAudit(caller, 'members.upsertOrg', id, { kind: 'create', name: data.name })
  return success({ org: toOrgNode((await findById<OrgDoc>('orgs', id))!), membersMoved: 0 })
}

async function update(orgId: string, data: UpsertOrgData, parent: OrgDoc, caller: Caller): Promise<Result<UpsertOrgResponse>> {
  const org = await findById<OrgDoc>('orgs', orgId)
  if (!org) return failure('ORG.NOT_FOUND')
  if (org.level !== data.level) return failure('COMMON.VALIDATION', 'level：不能更改组织层级', 'level')
  if (org.level === 'committee') return failure('ORG.INVALID_PARENT')
  const moved = org.parentId !== parent._id
  if (moved && wouldCycle(org._id, parent)) return failure('ORG.CYCLE')

  const newPath = moved ? childPath(parent) : org.path
  const after = { name: data.name, level: org.level, parentId: parent._id, path: newPath, buildings: data.buildings }
  await updateWhere('orgs', { _id: org._id }, { ...after, sort: data.sort ?? org.sort, updatedAt: serverDate() })
  let membersMoved = 0
  if (moved) membersMoved = await rebaseSubtree(org, newPath)
  const kind = moved ? 'move' : org.name !== data.name ? 'rename' : 'update'
  await history(org._id, kind, snapshot(org), after, caller)
  await writeAudit(caller, 'members.upsertOrg', org._id, { kind, name: data.name, parentId: parent._id })
  return success({ org: toOrgNode((await findById<OrgDoc>('orgs', org._id))!), membersMoved })
}

/** After a move: descendants' paths, then every member's (and pending request's) orgPath, org by org. */
async function rebaseSubtree(org: OrgDoc, newPath: string[]): Promise<number> {
  const descendants = await findMany<OrgDoc>('orgs', { path: org._id }, { limit: 1000 })
  const nodes = [{ ...org, path: newPath }, ...descendants.map((d) => ({ ...d, path: rebasePath(d.path, org._id, newPath) }))]
  for (const node of descendants) {
    await updateWhere('orgs', { _id: node._id }, { path: rebasePath(node.path, org._id, newPath), updatedAt: serverDate() })
  }
  let moved = 0
  for (const node of nodes) {
    const orgPath = [...node.path, node._id]
    moved += await updateWhere('members', { orgId: node._id }, { orgPath, version: command().inc(1), updatedAt: serverDate() })
    await updateWhere('bindingRequests', { orgId: node._id, status: 'pending' }, { orgPath })
  }
  return moved
}

async function history(
  orgId: string,
  kind: OrgHistoryDoc['kind'],
  before: Snapshot | null,
  after: Snapshot,
  caller: Caller,
): Promise<void> {
  await insert('orgHistory', { orgId, kind, before, after, byOpenid: caller.openid, at: serverDate() })
}

function snapshot(org: Snapshot): Snapshot {
  return { name: org.name, level: org.level, parentId: org.parentId, path: org.path, buildings: org.buildings ?? [] }
}

function newOrgId(parentId: string, name: string): string {
  return `org-${shortHash(`${parentId}/${name}`)}`
}
