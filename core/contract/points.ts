import type { HeldPhoto } from '../content/review'
import { z } from 'zod'
import { fileIdSchema, fileIdsSchema } from './files'
import { ADMINS, MANAGERS, SIGNED_UP } from '../roles'
import { defineAction, type ActionMap } from './define'
import {
  forPersonFields,
  idField as id,
  pageFields,
  reasonField as reason,
  requestIdField as requestId,
  verdictFields,
  type Page,
} from './fields'
import { DEED_TEXT_MESSAGE, GOOD_DEED_MAX_PHOTOS, GOOD_DEED_MIN_WORDS, wordCharCount } from '../points/constants'
import type { PointRewardDoc } from '../points/model'

// Zod-free, so the mini-program imports it without the schemas; part of this contract all the same.
export { GOOD_DEED_MAX_PHOTOS }

/**
 * 道德银行 (function `points`): accounts and statements, good deeds (日行一善) and their review,
 * admin adjustments (above a threshold: a second admin approves), the 公益集市 reward catalogue,
 * redemption with pickup codes, rankings and the bank's own totals.
 *
 * Every point moves through the double-entry ledger (cloudfunctions/_core/ledger.ts) exactly once per
 * idempotency key. Amounts are whole numbers within sane bounds; anything else is COMMON.VALIDATION.
 * Scope: people see only their own account; secretaries review deeds of their subtree; only admins
 * adjust, edit the catalogue, fulfil orders and see the bank's totals.
 * Dates travel as ISO-8601 strings (UTC); the client shows them in Asia/Shanghai.
 */

export const POINTS_PAGE_SIZE_MAX = 20
export const POINTS_MAX_PRICE = 100_000
export const POINTS_MAX_ADJUST = 100_000
export const POINTS_MAX_CATEGORY = 1_000
export const POINTS_MAX_QUANTITY = 10
export const RANKING_TOP = 50

const page = pageFields(POINTS_PAGE_SIZE_MAX)
const positive = (max: number) => z.number().int('须为整数').min(1, '须为正整数').max(max, `不能超过 ${max}`)
const pickupCode = z
  .string()
  .trim()
  .regex(/^\d{8}$/, '取货码为 8 位数字')
/** The lists of the catalogue (categories, rewards): admins may include what is switched off. */
const catalogueRequest = { includeInactive: z.boolean().default(false) }
const pickupCodeRequest = { pickupCode }

export const POINTS_PERIODS = ['month', 'year', 'all'] as const
export type PointsPeriod = (typeof POINTS_PERIODS)[number]
export const POINTS_SCOPES = ['community', 'branch', 'building'] as const
export type PointsScope = (typeof POINTS_SCOPES)[number]

// ---------------------------------------------------------------------------------------------
// Response types
// ---------------------------------------------------------------------------------------------

export interface PointsAccountResponse {
  personId: string
  balance: number
  earned: number
  minutes: number
  /** Points earned per Beijing month, the last 12 months, oldest first (the chart). */
  months: Array<{ month: string; points: number }>
}

export interface PointsLedgerItem {
  id: string
  at: string
  kind: 'attendance' | 'deed' | 'wish' | 'adjust' | 'redeem' | 'refund'
  reason: string
  amount: number
  minutes: number
  balanceAfter: number
}

export type PointsLedgerResponse = Page<PointsLedgerItem>

export interface PointCategoryView {
  id: string
  name: string
  points: number
  description: string
  active: boolean
}

export interface GoodDeedView {
  id: string
  personName: string
  reporterName: string
  /** True when a helper reported it for their elder. */
  byHelper: boolean
  categoryName: string
  points: number
  text: string
  /** Photos that passed WeChat's media check (what everyone sees). */
  photos: string[]
  /** The reporter's own photos still in review (审核中) or refused (未通过); empty for anyone else. */
  heldPhotos: HeldPhoto[]
  status: 'pending' | 'approved' | 'rejected'
  reason: string | null
  submittedAt: string
  reviewedAt: string | null
}

export type GoodDeedsResponse = Page<GoodDeedView>

export interface RewardView extends Pick<PointRewardDoc, 'name' | 'description' | 'photo' | 'price' | 'stock' | 'monthlyLimit' | 'active'> {
  id: string
}

export interface OrderView {
  id: string
  rewardId: string
  rewardName: string
  personName: string
  quantity: number
  amount: number
  pickupCode: string
  status: 'pending' | 'fulfilled' | 'cancelled' | 'expired'
  createdAt: string
  expiresAt: string
  closedAt: string | null
  /** Redeemed by a 结对 helper for this elder (their name), when it was. */
  byHelperName?: string
}

export type OrdersResponse = Page<OrderView>

export interface RedeemResponse {
  order: OrderView
  balance: number
  /** False when this requestId had already been redeemed (nothing changed). */
  created: boolean
}

export interface AdjustmentView {
  id: string
  personId: string
  personName: string
  amount: number
  reason: string
  status: 'pending' | 'approved' | 'rejected' | 'applied' | 'withdrawn'
  createdByName: string
  rejectReason: string | null
  createdAt: string
  reviewedAt: string | null
  /** The caller created it (and so may not approve it). */
  mine: boolean
}

export type AdjustmentsResponse = Page<AdjustmentView>

export interface RankingRow {
  rank: number
  maskedName: string
  points: number
  me: boolean
}

export interface LeaderboardResponse {
  period: PointsPeriod
  scope: PointsScope
  /** e.g. 2026年11月 / 2026年 / 累计. */
  periodLabel: string
  items: RankingRow[]
  /** The caller's own place, always shown to them (rank null: no points yet in the period). */
  me: { rank: number | null; points: number; optOut: boolean } | null
}

export interface ReconcileResponse {
  ok: boolean
  accounts: number
  entries: number
  /** Sum of every account's balance (issuer included): must be 0. */
  totalBalance: number
  differences: Array<{ accountId: string; field: 'balance' | 'earned' | 'minutes' | 'totals'; stored: number; fromEntries: number }>
}

export interface PointsSummaryResponse {
  issued: number
  withdrawn: number
  spent: number
  refunded: number
  /** Points people hold now (= −issuer balance). */
  outstanding: number
  minutes: number
  months: Array<{ month: string; issued: number; spent: number; refunded: number; withdrawn: number }>
  pendingDeeds: number
  pendingAdjustments: number
  pendingOrders: number
}

export interface PointsSettingsView {
  adjustThreshold: number
  /**
   * Who approves an adjustment above the threshold: another admin; or, while the committee has only
   * one admin, a 支部书记 (any branch secretary), so a lone admin's request is never a dead end.
   */
  secondApprover: 'admin' | 'secretary'
  /** How many committee admins there are (the rule on screen names it). */
  adminCount: number
}

export interface PersonHit {
  id: string
  name: string
  building: string
  kind: 'member' | 'resident'
  balance: number
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

/** What waits for a manager in the points bank (首页 待办), each scoped to them. */
export interface PointsCounts {
  /** Good deeds waiting for review in the caller's subtree. */
  deeds: number
  /** Adjustments above the threshold the caller may approve (not their own; 0 when they are not a second approver). */
  adjustments: number
  /** Redeemed rewards waiting to be handed over (admins; 0 for secretaries, who do not fulfil). */
  orders: number
}

export const pointsActions = {
  account: defineAction<PointsAccountResponse>()({
    request: {},
    roles: SIGNED_UP,
    summary: '查看我的积分余额、累计获得、服务时长和近 12 个月积分',
  }),
  ledger: defineAction<PointsLedgerResponse>()({
    request: page,
    roles: SIGNED_UP,
    summary: '查看我的积分明细（最新在前，含每笔后的余额），分页',
  }),
  categories: defineAction<{ items: PointCategoryView[] }>()({
    request: catalogueRequest,
    roles: SIGNED_UP,
    summary: '查看日行一善的类别和积分（社区党委可看停用的类别）',
  }),
  upsertCategory: defineAction<{ category: PointCategoryView }>()({
    request: {
      id: id.optional(),
      name: z.string().trim().min(1).max(20),
      points: positive(POINTS_MAX_CATEGORY),
      description: z.string().trim().max(100).default(''),
      active: z.boolean().default(true),
    },
    roles: ADMINS,
    summary: '新增或修改日行一善类别及其积分（可停用）',
  }),
  submitGoodDeed: defineAction<{ deed: GoodDeedView; created: boolean }>()({
    request: {
      requestId,
      categoryId: id,
      text: z
        .string()
        .trim()
        .min(2, '请简单描述做了什么')
        .max(300, '最多 300 个字')
        .refine((text) => wordCharCount(text) >= GOOD_DEED_MIN_WORDS, DEED_TEXT_MESSAGE),
      photos: fileIdsSchema(GOOD_DEED_MAX_PHOTOS).default([]),
      ...forPersonFields,
    },
    roles: SIGNED_UP,
    summary: '申报日行一善（文字和至多 3 张照片）；结对党员可为长辈申报；重复提交只记一次',
  }),
  myGoodDeeds: defineAction<GoodDeedsResponse>()({
    request: page,
    roles: SIGNED_UP,
    summary: '查看我申报（或为我申报）的日行一善及审核结果',
  }),
  goodDeeds: defineAction<GoodDeedsResponse>()({
    request: { status: z.enum(['pending', 'approved', 'rejected']).default('pending'), ...page },
    roles: MANAGERS,
    summary: '查看本支部（社区党委：全社区）的日行一善申报',
  }),
  reviewGoodDeed: defineAction<{ deed: GoodDeedView }>()({
    request: { deedId: id, ...verdictFields },
    roles: MANAGERS,
    summary: '通过（记入积分）或驳回（须填写原因）本支部的日行一善申报',
  }),
  people: defineAction<{ items: PersonHit[] }>()({
    request: { name: z.string().trim().min(1).max(20) },
    roles: ADMINS,
    summary: '按姓名查找居民或党员及其积分余额（用于积分调整）',
  }),
  adjust: defineAction<{ adjustment: AdjustmentView }>()({
    request: {
      requestId,
      personId: id,
      amount: z
        .number()
        .int('须为整数')
        .min(-POINTS_MAX_ADJUST, `不能超过 ${POINTS_MAX_ADJUST}`)
        .max(POINTS_MAX_ADJUST, `不能超过 ${POINTS_MAX_ADJUST}`)
        .refine((n) => n !== 0, '调整分值不能为 0'),
      reason,
    },
    roles: ADMINS,
    summary: '增加或扣减积分（须填写原因）；超过阈值的调整须另一位管理员批准后生效',
  }),
  adjustments: defineAction<AdjustmentsResponse>()({
    request: {
      status: z.enum(['pending', 'approved', 'rejected', 'applied', 'withdrawn']).default('pending'),
      ...page,
    },
    roles: MANAGERS,
    summary: '查看积分调整记录（待批准、已批准、已驳回、直接生效、已撤回）；支部书记仅在社区只有一位管理员时可看',
  }),
  approveAdjustment: defineAction<{ adjustment: AdjustmentView }>()({
    request: { adjustmentId: id, ...verdictFields },
    roles: MANAGERS,
    summary: '另一位管理员批准或驳回超过阈值的积分调整（社区只有一位管理员时，由支部书记批准）',
  }),
  withdrawAdjustment: defineAction<{ adjustment: AdjustmentView }>()({
    request: { adjustmentId: id },
    roles: ADMINS,
    summary: '提出人撤回尚未批准的积分调整（不记入积分）',
  }),
  settings: defineAction<PointsSettingsView>()({
    request: {},
    roles: MANAGERS,
    summary: '查看道德银行设置（调整审批阈值、由谁批准）',
  }),
  updateSettings: defineAction<PointsSettingsView>()({
    request: { adjustThreshold: positive(POINTS_MAX_ADJUST) },
    roles: ADMINS,
    summary: '设置积分调整的审批阈值（超过须另一位管理员批准）',
  }),
  rewards: defineAction<{ items: RewardView[] }>()({
    request: catalogueRequest,
    roles: SIGNED_UP,
    summary: '查看公益集市可兑换的物品（图片、所需积分、库存、每月限兑）',
  }),
  upsertReward: defineAction<{ reward: RewardView }>()({
    request: {
      id: id.optional(),
      name: z.string().trim().min(1).max(30),
      description: z.string().trim().max(200).default(''),
      photo: fileIdSchema.nullable().default(null),
      price: positive(POINTS_MAX_PRICE),
      /** Added to the stock (negative takes away; the stock never goes below 0). New rewards start at it. */
      stockChange: z.number().int('须为整数').min(-10_000).max(10_000).default(0),
      monthlyLimit: positive(100),
      active: z.boolean().default(true),
    },
    roles: ADMINS,
    summary: '新增或修改兑换物品：所需积分、补充库存、每人每月限兑、上下架',
  }),
  redeem: defineAction<RedeemResponse>()({
    request: {
      rewardId: id,
      quantity: positive(POINTS_MAX_QUANTITY),
      requestId,
      /** A helper redeeming for their elder: the elder's points and order. */
      ...forPersonFields,
    },
    roles: SIGNED_UP,
    summary: '用积分兑换物品，生成取货码；结对党员可为帮扶的长辈代兑（记为代兑）；同一请求重复提交只兑换一次',
  }),
  myOrders: defineAction<OrdersResponse>()({
    request: page,
    roles: SIGNED_UP,
    summary: '查看我的兑换订单和取货码',
  }),
  cancelOrder: defineAction<{ order: OrderView; balance: number }>()({
    request: { orderId: id.max(140) },
    roles: SIGNED_UP,
    summary: '取消未领取的兑换订单，积分退回、库存恢复',
  }),
  lookupOrder: defineAction<{ order: OrderView }>()({
    request: pickupCodeRequest,
    roles: ADMINS,
    summary: '按取货码查看订单（核销前核对）',
  }),
  fulfil: defineAction<{ order: OrderView }>()({
    request: pickupCodeRequest,
    roles: ADMINS,
    summary: '扫码或输入取货码核销订单（交付物品）',
  }),
  expireOrders: defineAction<{ expired: number }>()({
    request: {},
    roles: ADMINS,
    summary: '退回超过 30 天未领取的订单（定时任务也会运行；重复运行不会重复退回）',
  }),
  leaderboard: defineAction<LeaderboardResponse>()({
    request: { period: z.enum(POINTS_PERIODS), scope: z.enum(POINTS_SCOPES) },
    roles: SIGNED_UP,
    summary: '积分排行（本月、本年、累计；全社区、本支部、本楼栋），姓名打码，不含选择隐藏的人，总显示我的名次',
  }),
  reconcile: defineAction<ReconcileResponse>()({
    request: {},
    roles: ADMINS,
    summary: '对账：所有账户合计为零，每个账户余额等于其流水之和（及排行累计），报告差异',
  }),
  summary: defineAction<PointsSummaryResponse>()({
    request: {},
    roles: ADMINS,
    summary: '道德银行总览：发放、兑付、未兑付余额、按月统计和待审批事项',
  }),
  counts: defineAction<PointsCounts>()({
    request: {},
    roles: MANAGERS,
    summary: '首页「待办」：待审核的日行一善（所管辖范围）、待我批准的积分调整、待核销的兑换（社区党委）',
  }),
} satisfies ActionMap
