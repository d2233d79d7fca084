import type { RequestOf } from '@core/contract'
import type { DeliveryMethod } from '@core/study/rules'

/** The 送学 form as the helper fills it. */
export interface DeliveryDraft {
  materialId: string
  date: string
  method: DeliveryMethod
  minutes: number
  photoFileIds: string[]
}

export const MINUTE_CHOICES = [15, 30, 45, 60]

export function emptyDelivery(today: string, materialId = ''): DeliveryDraft {
  return { materialId, date: today, method: 'visit', minutes: 30, photoFileIds: [] }
}

/** What the server would refuse, said before sending (it checks again). */
export function checkDelivery(
  elderId: string,
  draft: DeliveryDraft,
  today: string,
): { request: RequestOf<'study', 'recordDelivery'> | null; problem: string | null } {
  if (!draft.materialId) return { request: null, problem: '请选择送学的资料' }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return { request: null, problem: '请选择送学日期' }
  if (draft.date > today) return { request: null, problem: '送学日期不能晚于今天' }
  return {
    problem: null,
    request: {
      elderId,
      materialId: draft.materialId,
      date: draft.date,
      method: draft.method,
      minutes: draft.minutes,
      photoFileId: draft.photoFileIds[0] ?? null,
    },
  }
}
