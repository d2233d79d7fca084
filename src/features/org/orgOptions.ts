import type { OrgNode } from '@core/contract'
import { ORG_LEVEL_LABELS, type OrgLevel } from '@core/roles'

export interface OrgOption {
  id: string
  /** Indented by depth, so the tree reads in a flat picker: 「　第一党支部」「　　第一党小组」. */
  label: string
  level: OrgLevel
}

/** Nodes of the given levels, in tree order (the server sends parents before children). */
export function orgOptions(nodes: OrgNode[], levels: OrgLevel[]): OrgOption[] {
  const minDepth = Math.min(...nodes.map((node) => node.path.length))
  return nodes
    .filter((node) => levels.includes(node.level))
    .map((node) => ({ id: node.id, level: node.level, label: `${'　'.repeat(Math.max(0, node.path.length - minDepth - 1))}${node.name}` }))
}

export const levelLabel = (level: OrgLevel) => ORG_LEVEL_LABELS[level]

/** The options as chips: a chip names its node alone (the indent only reads in a flat list). */
export const orgChips = (options: OrgOption[]) => options.map((option) => ({ value: option.id, label: option.label.trim() }))
