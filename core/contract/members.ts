import { z } from 'zod'
import { ANYONE, type MemberCategory, type MemberStatus, type OrgLevel, type Role } from '../roles'
import { defineAction } from './define'

export interface OrgRef {
  id: string
  name: string
  level: OrgLevel
}

export interface MeResponse {
  openid: string
  role: Role
  /** The person behind the account (roster entry or registered resident); null for a visitor. */
  person: { name: string; phoneMasked: string | null; building: string | null } | null
  /** The bound roster entry, when the caller is a Party member. */
  member: {
    id: string
    category: MemberCategory
    elder: boolean
    status: MemberStatus
  } | null
  /** From the committee down to the caller's own organisation (empty for visitors and residents). */
  orgPath: OrgRef[]
  /** The subtree a secretary or admin manages. */
  scope: OrgRef | null
}

export const membersActions = {
  me: defineAction<MeResponse>()({
    request: z.object({}).strict(),
    roles: ANYONE,
    summary: '查看我的身份、角色和所属组织',
  }),
}
