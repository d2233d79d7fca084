import type { MeResponse } from '@core/contract'
import { ROLE_LABELS } from '@core/roles'

/** Display words for the caller, kept out of the pages so they stay thin and testable. */
export interface MeSummary {
  /** 「您好，张建国」 or, without a name, 「您好，欢迎来到红邻」. */
  greeting: string
  name: string | null
  roleLabel: string
  /** 滨湖世纪社区党委 › 琼临网格党总支 › 第一党支部, or null when there is none. */
  orgPath: string | null
  /** The caller's own organisation (last of the path). */
  orgName: string | null
  /** The organisations above it: 滨湖世纪社区党委 › 琼临网格党总支. */
  orgParents: string | null
  /** For secretaries and admins: what they manage. */
  scopeName: string | null
  /** 3号楼 2单元, from building and unit; null when neither is known. */
  address: string | null
  elder: boolean
  registered: boolean
}

export const ORG_PATH_SEPARATOR = ' › '

export function describeMe(me: MeResponse): MeSummary {
  const name = me.person?.name ?? null
  const path = me.orgPath.map((org) => org.name)
  return {
    greeting: name ? `您好，${name}` : '您好，欢迎来到红邻',
    name,
    roleLabel: ROLE_LABELS[me.role],
    orgPath: path.length ? path.join(ORG_PATH_SEPARATOR) : null,
    orgName: path.length ? path[path.length - 1] : null,
    orgParents: path.length > 1 ? path.slice(0, -1).join(ORG_PATH_SEPARATOR) : null,
    scopeName: me.scope?.name ?? null,
    address: [me.person?.building, me.person?.unit].filter(Boolean).join(' ') || null,
    elder: me.member?.elder ?? false,
    registered: me.role !== 'visitor',
  }
}
