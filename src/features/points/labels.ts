import type { OrderView, PointsLedgerItem } from '@core/contract'

export const ENTRY_KIND_LABELS: Record<PointsLedgerItem['kind'], string> = {
  attendance: '活动',
  deed: '日行一善',
  wish: '微心愿',
  adjust: '调整',
  redeem: '兑换',
  refund: '退回',
}

export const ORDER_STATUS_LABELS: Record<OrderView['status'], string> = {
  pending: '待领取',
  fulfilled: '已领取',
  cancelled: '已取消',
  expired: '已过期退回',
}

export const DEED_STATUS_LABELS = { pending: '待审核', approved: '已通过', rejected: '已驳回' } as const

export function signed(amount: number): string {
  return amount > 0 ? `+${amount}` : String(amount)
}

/** 90 → 1 小时 30 分钟. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (!hours) return `${rest} 分钟`
  return rest ? `${hours} 小时 ${rest} 分钟` : `${hours} 小时`
}
