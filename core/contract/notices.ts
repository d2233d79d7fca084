import { z } from 'zod'
import { fileIdSchema, fileIdsSchema } from './files'
import { ANYONE, MANAGERS } from '../roles'
import type { AudienceKind } from '../notices/audience'
import { NOTICE_ATTACHMENTS_MAX, NOTICE_IMAGES_MAX } from '../notices/limits'
import { BODY_MAX_CHARS, type Paragraph } from '../notices/rich-text'
import { defineAction } from './define'
import { draftIdField, idField as id, pageFields, type Page } from './fields'
import { PAGE_SIZE_MAX } from './members'

/**
 * 通知公告 (function `notices`).
 *
 * Audience: everyone (全体居民: residents and members; visitors too), members (全体党员), one org
 * subtree (a branch or a group: its members) or one building (楼栋: its members and residents).
 * The server decides who may see what: `list`, `get` and `unreadCount` show a reader only live
 * notices (published, not expired) meant for them; anything else answers COMMON.NOT_FOUND, exactly
 * like a missing notice. Managers (admin, secretary) also open notices they manage.
 *
 * Who manages which notice: the admin publishes to any audience; a secretary only to an org or a
 * building inside their subtree, and edits, withdraws and reads the statistics of those notices.
 * A secretary also sees `readStats` of committee-wide notices, restricted to their subtree.
 * Every publish, update and withdraw leaves an audit entry (in the same transaction).
 *
 * Read receipts: `get` by a reader in the audience records one receipt per notice and person
 * (_id `<noticeId>:<personId>`), so opening twice — or twice at once — counts once.
 *
 * Body: plain text in a tiny format (a line break starts a paragraph, **bold**), stored as
 * paragraphs of text runs; clients render it only through `toRichTextNodes` (core/notices/rich-text).
 * Images and PDF attachments are uploaded first (services/storage) and referenced by file id.
 * Dates travel as ISO-8601 strings (UTC); clients show them in Asia/Shanghai.
 */

export { NOTICE_ATTACHMENTS_MAX, NOTICE_IMAGES_MAX }

const page = pageFields(PAGE_SIZE_MAX)
const isoDate = z.string().datetime({ offset: true, message: '日期格式不正确' })

export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('members') }).strict(),
  z.object({ kind: z.literal('org'), orgId: id }).strict(),
  z.object({ kind: z.literal('building'), building: z.string().trim().min(1).max(30) }).strict(),
])

export const noticeFieldsSchema = z
  .object({
    title: z.string().trim().min(1).max(60),
    /** Restricted text (see above); at least one non-empty line. */
    body: z.string().trim().min(1, { message: '请填写正文' }).max(BODY_MAX_CHARS),
    images: fileIdsSchema(NOTICE_IMAGES_MAX).default([]),
    attachments: z
      .array(z.object({ fileId: fileIdSchema, name: z.string().trim().min(1).max(80) }).strict())
      .max(NOTICE_ATTACHMENTS_MAX, { message: `最多 ${NOTICE_ATTACHMENTS_MAX} 个附件` })
      .default([]),
    audience: audienceSchema,
    pinned: z.boolean().default(false),
    /** Optional; must be in the future. After it the notice disappears from readers' lists. */
    expiresAt: isoDate.nullable().default(null),
  })
  .strict()

export type NoticeFields = z.output<typeof noticeFieldsSchema>

export interface NoticeAudienceView {
  kind: AudienceKind
  orgId: string | null
  building: string | null
  /** 全体居民 / 全体党员 / the org's name / the building. */
  label: string
}

export interface NoticeListItem {
  id: string
  title: string
  excerpt: string
  pinned: boolean
  /** False once the reader has opened it (always true for a visitor, who keeps no receipts). */
  unread: boolean
  publishedAt: string
  expiresAt: string | null
  audience: NoticeAudienceView
  imageCount: number
  attachmentCount: number
}

export type NoticeListResponse = Page<NoticeListItem>

export interface NoticeDetail {
  id: string
  title: string
  body: Paragraph[]
  images: string[]
  attachments: Array<{ fileId: string; name: string }>
  pinned: boolean
  audience: NoticeAudienceView
  status: 'published' | 'withdrawn'
  publishedAt: string
  updatedAt: string
  expiresAt: string | null
  authorName: string
  /** Pass back to `update` (optimistic concurrency). */
  version: number
  /** The caller may edit and withdraw it. */
  canManage: boolean
}

export interface NoticeResponse {
  notice: NoticeDetail
}

/** A notice as its managers list it. */
export interface ManagedNoticeItem {
  id: string
  title: string
  pinned: boolean
  status: 'published' | 'withdrawn'
  expired: boolean
  publishedAt: string
  audience: NoticeAudienceView
  authorName: string
}

/** Someone in the audience who has not opened the notice, for a follow-up call. */
export interface UnreadPerson {
  personId: string
  kind: 'member' | 'resident'
  name: string
  phoneMasked: string | null
  orgName: string | null
  building: string
  elder: boolean
  /** 结对 helper of an elder (MemberDoc.helperId), who can pass the notice on. */
  helperName: string | null
}

/** Someone who received the notice at the door (送达): read to them by a helper or 网格员 on a visit. */
export interface DeliveredPerson {
  personId: string
  name: string
  byName: string
  at: string
}

export interface ReadStatsResponse {
  noticeId: string
  title: string
  /** People in the audience (restricted to a secretary's subtree): roster members, plus residents for all/building. */
  audienceSize: number
  read: number
  /**
   * A page of people who have not read it: members in name order, then residents. A page may hold
   * fewer than `limit` people while `nextCursor` is set (each call scans a bounded slice of the audience).
   */
  unread: UnreadPerson[]
  nextCursor: string | null
  /** Of those who read it, how many had it delivered in person (送达), and the latest of them (≤ 20). */
  deliveredCount: number
  delivered: DeliveredPerson[]
}

const noticeRef = { noticeId: id }

export const noticesActions = {
  list: defineAction<NoticeListResponse>()({
    request: page,
    roles: ANYONE,
    summary: '查看发给我的通知（置顶在前，未读有标记）',
  }),

  get: defineAction<NoticeResponse>()({
    request: noticeRef,
    roles: ANYONE,
    summary: '打开一条发给我的通知并标记已读（重复打开只记一次）',
  }),

  unreadCount: defineAction<{ unread: number }>()({
    request: {},
    roles: ANYONE,
    summary: '查看我的未读通知数',
  }),

  publish: defineAction<NoticeResponse>()({
    request: {
      /** The notice's id: a retried publish never doubles it. */
      draftId: draftIdField,
      fields: noticeFieldsSchema,
    },
    roles: MANAGERS,
    summary: '发布通知（全体居民、全体党员仅社区党委；支部书记可发给本支部或所辖楼栋），可置顶、设有效期',
  }),

  update: defineAction<NoticeResponse>()({
    request: { noticeId: id, version: z.number().int().min(1), fields: noticeFieldsSchema },
    roles: MANAGERS,
    summary: '修改所管辖的通知（须带读取时的版本号）',
  }),

  withdraw: defineAction<NoticeResponse>()({
    request: noticeRef,
    roles: MANAGERS,
    summary: '撤回所管辖的通知（读者不再看到）',
  }),

  manageList: defineAction<Page<ManagedNoticeItem>>()({
    request: { status: z.enum(['published', 'withdrawn']).default('published'), ...page },
    roles: MANAGERS,
    summary: '查看我可以管理的通知（社区党委：全部；支部书记：发给本支部的）',
  }),

  readStats: defineAction<ReadStatsResponse>()({
    request: { noticeId: id, ...page },
    roles: MANAGERS,
    summary: '查看通知阅读情况：应读人数、已读人数和未读名单（含结对帮扶人），支部书记只看本支部',
  }),
}
