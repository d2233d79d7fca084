import { z } from 'zod'
import type { ActivityKind } from '../activities/constants'
import { REMOTE_DIAL_IN_MAX, REMOTE_LINK_MAX, REMOTE_MATERIAL_TITLE_MAX, type RemoteOption } from '../activities/remote'
import { MANAGERS, MEMBERS } from '../roles'
import { defineAction } from './define'
import { forPersonFields, idField } from './fields'

/**
 * 远程在线党员学习会 (function `activities`, rules in core/activities/remote.ts): the secretary gives a
 * meeting a remote option; a member on its 应到 list, or their paired helper for them, records that
 * they took part remotely — once, counted as 实到 (远程) and in 学时.
 */

export type { RemoteOption } from '../activities/remote'

export interface RemoteMeetingItem {
  activityId: string
  title: string
  kind: ActivityKind
  place: string
  startAt: string
  endAt: string
  remote: RemoteOption
  /** Recorded: when, by whom (the member, or their helper: self false). */
  attended: { at: string; byName: string; self: boolean } | null
  /** Remote attendance can be recorded now (window open, register not signed off, not yet recorded). */
  canAttend: boolean
  /** Minutes it credits to 学时. */
  creditMinutes: number
}

export interface RemoteMeetingsResponse {
  /** Whose meetings: the caller, or the paired elder asked for. */
  person: { id: string; name: string }
  items: RemoteMeetingItem[]
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `最多 ${max} 个字`)
    .nullable()
    .default(null)
    .transform((value) => value || null)
const link = z
  .string()
  .trim()
  .max(REMOTE_LINK_MAX, `链接最多 ${REMOTE_LINK_MAX} 个字符`)
  .refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), { message: '链接须以 http:// 或 https:// 开头' })
  .nullable()
  .default(null)
  .transform((value) => value || null)

export const remoteOptionSchema = z
  .object({
    link,
    dialIn: optionalText(REMOTE_DIAL_IN_MAX),
    materialTitle: optionalText(REMOTE_MATERIAL_TITLE_MAX),
    materialLink: link,
    materialId: idField.nullable().default(null),
  })
  .strict()
  .refine((value) => value.link !== null || value.dialIn !== null, { message: '请填写会议链接或电话接入号码', path: ['link'] })

export const remoteMeetingActions = {
  setRemote: defineAction<{ remote: RemoteOption | null }>()({
    request: { activityId: idField, remote: remoteOptionSchema.nullable() },
    roles: MANAGERS,
    summary: '为会议设置远程参加（会议链接或电话接入、学习材料），或取消远程参加',
  }),
  remoteMeetings: defineAction<RemoteMeetingsResponse>()({
    request: { ...forPersonFields, activityId: idField.optional() },
    roles: MEMBERS,
    summary: '远程在线党员学习会：我（或结对长辈）应参加、可远程参加的会议及是否已登记',
  }),
  attendRemote: defineAction<{ item: RemoteMeetingItem; duplicate: boolean; creditedMinutes: number }>()({
    request: { activityId: idField, ...forPersonFields },
    roles: MEMBERS,
    summary: '登记远程参加会议（本人，或结对人代为登记；只记一次，计入学时）',
  }),
}
