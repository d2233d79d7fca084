import { ACTIVITY_KIND_LABELS } from '@core/activities/constants'
import type { ActivityListItem, SignUpView } from '@core/contract/activities'
import { appError, isErrorCode } from '@core/errors'
import { formatBeijing } from '@core/time'

export { ACTIVITY_KIND_LABELS }

/** 12月20日 09:00–11:00, or both days when it runs past midnight (Beijing time). */
export function activityTime(startAt: string, endAt: string): string {
  const start = formatBeijing(startAt, 'M月D日 HH:mm')
  const sameDay = formatBeijing(startAt, 'YYYY-MM-DD') === formatBeijing(endAt, 'YYYY-MM-DD')
  return `${start}–${formatBeijing(endAt, sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

/** Seats in words: 剩 3 个名额 / 已满 · 候补 2 人 / 不限人数. */
export function seatsText(item: Pick<ActivityListItem, 'capacity' | 'seatsLeft' | 'confirmedCount' | 'waitlistCount'>): string {
  if (item.capacity === null) return `不限人数 · 已报名 ${item.confirmedCount} 人`
  if (item.seatsLeft !== null && item.seatsLeft > 0) return `剩 ${item.seatsLeft} 个名额（共 ${item.capacity}）`
  return item.waitlistCount ? `已满 · 候补 ${item.waitlistCount} 人` : '已满'
}

export const isFull = (item: Pick<ActivityListItem, 'seatsLeft'>) => item.seatsLeft === 0

/** The person's state in words: 已报名 / 候补第 2 位 / 已签到 / 已参加 / 已取消. */
export function signUpStatusText(signUp: SignUpView): string {
  if (signUp.status === 'cancelled') return '已取消'
  if (signUp.status === 'waitlisted') return signUp.waitlistPosition ? `候补第 ${signUp.waitlistPosition} 位` : '候补中'
  if (signUp.attended) return '已参加'
  if (signUp.checkedOutAt) return '已签退'
  if (signUp.checkedInAt) return '已签到'
  return '已报名'
}

/** The list's own badge for an item (without the sign-up record): only the status. */
export const MY_STATUS_LABELS = { confirmed: '已报名', waitlisted: '候补中', cancelled: '已取消' } as const

/** The Chinese message of an area code (the reason sign-up is not possible now). */
export function codeMessage(code: string | null): string {
  if (!code) return ''
  return isErrorCode(code) ? appError(code).message : '暂时不能报名'
}
