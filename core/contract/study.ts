import { z } from 'zod'
import { fileIdSchema } from './files'
import { ADMINS, MANAGERS, MEMBERS } from '../roles'
import type { Paragraph } from '../notices/rich-text'
import { BODY_MAX_CHARS } from '../notices/rich-text'
import {
  DELIVERY_METHODS,
  INTERVAL_MAX_MINUTES,
  MATERIAL_KINDS,
  STUDY_TOPICS,
  type DeliveryMethod,
  type MaterialKind,
  type StudyTopic,
} from '../study/rules'
import { defineAction } from './define'
import { dayField as day, idField as id, instantField as isoInstant, pageFields, yearField, type Page } from './fields'
import { PAGE_SIZE_MAX } from './members'
import { studyFigureActions } from './study-figures'

/**
 * 学习资料 · 学习记录 · 结对送学 (function `study`).
 *
 * Materials (文章 / 音频 / PDF, by topic) are for Party members: residents and visitors cannot call
 * these actions, and an archived material answers COMMON.NOT_FOUND to anyone but the admin. The admin
 * edits materials; managers assign them, within their subtree, to a branch (its whole subtree) or one
 * member, with a due date.
 *
 * Study time: the client reports intervals it measured while a material was open (`recordStudy`).
 * Each interval's record has the id material + person + Beijing day + client session id, so sending
 * the same interval twice (a retry, two tabs) counts once. At most 60 minutes of one material count
 * per person per Beijing day (the day is the server's, never the client's), so a page left open does
 * not pile up hours. The record, the per-day counter, the year total and the material progress change
 * in one transaction.
 *
 * 学时: **1 学时 = 45 minutes**. Annual target: 32 学时 for members, 56 for secretaries and the committee.
 *
 * 结对送学: a helper (a member whose pairedElderIds holds the elder, with the elder's helperId pointing
 * back) sees each elder's assigned materials not yet studied, and records a delivery (date, visit /
 * phone / remote, minutes, optional photo). One delivery per elder, material and day; it adds a study
 * record to the elder (under the same daily cap), which the elder sees as "由 <helper> 送学".
 * Managers see deliveries per helper for a month and the elders nobody reached that month.
 * Dates: instants as ISO-8601 (UTC); calendar days as YYYY-MM-DD in Beijing time.
 */

const page = pageFields(PAGE_SIZE_MAX)
const clientId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, { message: '编号格式不正确' })

export const materialFieldsSchema = z
  .object({
    title: z.string().trim().min(1).max(60),
    kind: z.enum(MATERIAL_KINDS),
    topic: z.enum(STUDY_TOPICS),
    summary: z.string().trim().max(200).default(''),
    /** Article text in the notices' restricted format (a line is a paragraph, **bold**). */
    body: z.string().trim().max(BODY_MAX_CHARS).default(''),
    /** Required for audio; articles may have one too (read aloud). */
    audioFileId: fileIdSchema.nullable().default(null),
    /** Required for pdf. */
    pdfFileId: fileIdSchema.nullable().default(null),
    /** About how long it takes to study (shown in lists). */
    durationMinutes: z.number().int().min(1).max(INTERVAL_MAX_MINUTES),
    archived: z.boolean().default(false),
  })
  .strict()

export type MaterialFields = z.output<typeof materialFieldsSchema>

export interface AssignmentView {
  id: string
  materialId: string
  target: { kind: 'org' | 'member'; id: string; name: string }
  dueDate: string
}

export interface MaterialListItem {
  id: string
  title: string
  kind: MaterialKind
  topic: StudyTopic
  summary: string
  durationMinutes: number
  hasAudio: boolean
  archived: boolean
  /** The earliest due date of an assignment that reaches the caller; null when not assigned to them. */
  dueDate: string | null
  /** Minutes the caller has studied this material (all time). */
  studiedMinutes: number
}

export interface MaterialDetail extends MaterialListItem {
  body: Paragraph[]
  audioFileId: string | null
  pdfFileId: string | null
  version: number
}

export type MaterialsResponse = Page<MaterialListItem>

export interface RecordStudyResponse {
  /** Minutes this interval added (0 when the daily cap was already reached, or it was sent before). */
  credited: number
  /** True when this very interval had been recorded already (nothing changed). */
  duplicate: boolean
  minutesToday: number
  capReached: boolean
}

export interface StudyRecordView {
  id: string
  materialId: string
  materialTitle: string
  day: string
  minutes: number
  source: 'self' | 'delivery'
  /** For deliveries: the helper's name ("由 X 送学") and how. */
  deliveredBy: string | null
  method: DeliveryMethod | null
}

export interface MyStudyResponse {
  year: number
  minutes: number
  hours: number
  targetHours: number
  minutesPerHour: number
  /** Materials assigned to the caller, with what they have studied of each. */
  assignments: Array<{ materialId: string; title: string; kind: MaterialKind; dueDate: string; studiedMinutes: number }>
  /** The latest records (newest first, at most 20). */
  records: StudyRecordView[]
}

export interface DeliveryView {
  id: string
  elderId: string
  elderName: string
  helperId: string
  helperName: string
  materialId: string
  materialTitle: string
  date: string
  method: DeliveryMethod
  minutes: number
  credited: number
  photoFileId: string | null
}

export interface PairedStudyResponse {
  elders: Array<{
    id: string
    name: string
    /** Assigned to the elder and not yet studied at all. */
    pending: Array<{ materialId: string; title: string; kind: MaterialKind; dueDate: string }>
    recent: DeliveryView[]
  }>
}

export interface DeliveriesResponse {
  month: string
  helpers: Array<{ helperId: string; helperName: string; deliveries: number; minutes: number; elders: number }>
  /** Elders of the subtree with no delivery this month. */
  unreached: Array<{ elderId: string; name: string; orgName: string | null; phoneMasked: string | null; helperName: string | null }>
}

export const studyActions = {
  materials: defineAction<MaterialsResponse>()({
    request: { topic: z.enum(STUDY_TOPICS).optional(), includeArchived: z.boolean().default(false), ...page },
    roles: MEMBERS,
    summary: '按专题浏览学习资料（文章、音频、PDF），显示指派给我的截止日期和我的学习时长',
  }),

  material: defineAction<{ material: MaterialDetail }>()({
    request: { materialId: id },
    roles: MEMBERS,
    summary: '打开一份学习资料',
  }),

  upsertMaterial: defineAction<{ material: MaterialDetail }>()({
    request: {
      /** New material: the client's form id becomes the material id, so a retry adds it once. */
      draftId: clientId.optional(),
      /** Edit: the material and the version that was read. */
      materialId: id.optional(),
      version: z.number().int().min(1).optional(),
      fields: materialFieldsSchema,
    },
    roles: ADMINS,
    summary: '新增或修改学习资料（修改须带版本号），可下架',
  }),

  assign: defineAction<{ assignment: AssignmentView }>()({
    request: {
      materialId: id,
      target: z.union([
        z.object({ kind: z.literal('org'), orgId: id }).strict(),
        z.object({ kind: z.literal('member'), memberId: id }).strict(),
      ]),
      dueDate: day,
    },
    roles: MANAGERS,
    summary: '把学习资料指派给本支部（或其中一名党员），设截止日期；重复指派只更新截止日期',
  }),

  assignments: defineAction<{ items: AssignmentView[] }>()({
    request: { materialId: id },
    roles: MANAGERS,
    summary: '查看一份资料在本支部的指派情况',
  }),

  recordStudy: defineAction<RecordStudyResponse>()({
    request: { materialId: id, sessionId: clientId, startedAt: isoInstant, endedAt: isoInstant },
    roles: MEMBERS,
    summary: '记录一段学习时间（同一段只记一次；每份资料每天最多计 60 分钟）',
  }),

  myStudy: defineAction<MyStudyResponse>()({
    request: { year: yearField.optional() },
    roles: MEMBERS,
    summary: '我的学习：本年度学习分钟、学时与年度目标，指派给我的资料和最近的学习记录（含送学）',
  }),

  pairedStudy: defineAction<PairedStudyResponse>()({
    request: {},
    roles: MEMBERS,
    summary: '结对送学：我结对的长辈还没有学的指派资料和最近的送学记录',
  }),

  recordDelivery: defineAction<{ delivery: DeliveryView; duplicate: boolean }>()({
    request: {
      elderId: id,
      materialId: id,
      date: day,
      method: z.enum(DELIVERY_METHODS),
      minutes: z.number().int().min(1).max(INTERVAL_MAX_MINUTES),
      photoFileId: fileIdSchema.nullable().default(null),
    },
    roles: MEMBERS,
    summary: '结对党员记录一次送学（上门、电话或远程，计入长辈的学习记录）；同一天同一资料只记一次',
  }),

  deliveries: defineAction<DeliveriesResponse>()({
    request: {
      month: z
        .string()
        .regex(/^\d{4}-\d{2}$/, { message: '月份格式应为 YYYY-MM' })
        .optional(),
    },
    roles: MANAGERS,
    summary: '查看本支部本月各结对党员的送学次数，以及本月还没有人送学的长辈',
  }),

  ...studyFigureActions,
}
