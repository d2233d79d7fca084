import type { OrgLevel } from '../roles'

/**
 * The shape of the tree: 社区党委 → 党总支 → 党支部 → 党小组. A branch may also hang directly under the
 * committee (e.g. the employed members' branch). There is exactly one committee, the root.
 */
const CHILD_LEVELS: Record<OrgLevel, readonly OrgLevel[]> = {
  committee: ['generalBranch', 'branch'],
  generalBranch: ['branch'],
  branch: ['group'],
  group: [],
}

export function canBeChildOf(level: OrgLevel, parentLevel: OrgLevel): boolean {
  return CHILD_LEVELS[parentLevel].includes(level)
}

/** Members belong to a branch or one of its groups. */
export function canHoldMembers(level: OrgLevel): boolean {
  return level === 'branch' || level === 'group'
}

/** A secretary is set for a branch or a general branch (they manage its subtree). */
export function canHaveSecretary(level: OrgLevel): boolean {
  return level === 'branch' || level === 'generalBranch'
}

/** `path` of a child of `parent`: the parent's ancestors plus the parent. */
export function childPath(parent: { _id: string; path: readonly string[] }): string[] {
  return [...parent.path, parent._id]
}

/** True when `candidateParent` is the org itself or lies inside its subtree (a move would make a cycle). */
export function wouldCycle(orgId: string, candidateParent: { _id: string; path: readonly string[] }): boolean {
  return candidateParent._id === orgId || candidateParent.path.includes(orgId)
}

/**
 * After moving `orgId` from `oldPath` to `newPath`, the new path of a descendant whose path was
 * `descendantPath` (which contains orgId): the part above orgId is replaced.
 */
export function rebasePath(descendantPath: readonly string[], orgId: string, newPath: readonly string[]): string[] {
  const at = descendantPath.indexOf(orgId)
  if (at < 0) return [...descendantPath]
  return [...newPath, ...descendantPath.slice(at)]
}

/** Orders a subtree's nodes parents-first, siblings by `sort` then name (for display). */
export function sortTree<T extends { _id: string; parentId: string | null; sort: number; name: string }>(nodes: T[], rootId: string): T[] {
  const children = new Map<string | null, T[]>()
  for (const node of nodes) {
    const list = children.get(node.parentId) ?? []
    list.push(node)
    children.set(node.parentId, list)
  }
  for (const list of children.values()) list.sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh'))
  const root = nodes.find((node) => node._id === rootId)
  if (!root) return []
  const out: T[] = []
  const visit = (node: T) => {
    out.push(node)
    for (const child of children.get(node._id) ?? []) visit(child)
  }
  visit(root)
  return out
}
