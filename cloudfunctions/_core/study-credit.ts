import type { StudyMaterialDoc, StudyDayDoc, StudyProgressDoc, StudyRecordDoc, StudyTotalDoc } from '../../core/study/model'
import {
  creditableMinutes,
  DAILY_CAP_MINUTES_PER_MATERIAL,
  studyDayId,
  studyProgressId,
  studyTotalId,
  type DeliveryMethod,
} from '../../core/study/rules'
import type { TxWork } from './transaction'

export interface CreditRequest {
  recordId: string
  personId: string
  material: Pick<StudyMaterialDoc, '_id' | 'title'>
  day: string
  year: number
  requested: number
  source: 'self' | 'delivery'
  deliveryId?: string
  deliveredByName?: string
  method?: DeliveryMethod
  /** Minutes of this "material" that may count per day (a meeting attended remotely counts its length); the study cap by default. */
  dailyCap?: number
  at: Date
}

export interface Credit {
  credited: number
  duplicate: boolean
  minutesToday: number
}

/**
 * Inside a transaction: records one study interval once (its id is the idempotency key) and credits
 * at most what the daily cap for this material still allows, moving the per-day counter, the year
 * total and the material progress with it. Nothing is counted outside the transaction.
 */
export async function creditStudy(work: TxWork, request: CreditRequest): Promise<Credit> {
  const dayId = studyDayId(request.personId, request.material._id, request.day)
  const existing = await work.get<StudyRecordDoc>('studyRecords', request.recordId)
  const dayDoc = await work.get<StudyDayDoc>('studyDays', dayId)
  const already = dayDoc?.minutes ?? 0
  if (existing) return { credited: existing.minutes, duplicate: true, minutesToday: already }

  const cap = request.dailyCap ?? DAILY_CAP_MINUTES_PER_MATERIAL
  const credited = creditableMinutes(request.requested, already, cap)
  work.create<StudyRecordDoc>('studyRecords', request.recordId, {
    personId: request.personId,
    materialId: request.material._id,
    materialTitle: request.material.title,
    day: request.day,
    year: request.year,
    minutes: credited,
    requestedMinutes: request.requested,
    source: request.source,
    deliveryId: request.deliveryId ?? null,
    deliveredByName: request.deliveredByName ?? null,
    method: request.method ?? null,
    at: request.at,
  })
  if (credited > 0) {
    if (dayDoc) work.patch('studyDays', dayId, { minutes: already + credited })
    else work.create('studyDays', dayId, { minutes: credited })

    const totalId = studyTotalId(request.personId, request.year)
    const total = await work.get<StudyTotalDoc>('studyTotals', totalId)
    const split = { ...splitOf(total, request.source, credited), ...remoteOf(total, request.method, credited) }
    if (total) work.patch('studyTotals', totalId, { minutes: total.minutes + credited, ...split })
    else work.create('studyTotals', totalId, { personId: request.personId, year: request.year, minutes: credited, ...split })

    const progressId = studyProgressId(request.personId, request.material._id)
    const progress = await work.get<StudyProgressDoc>('studyProgress', progressId)
    if (progress) work.patch('studyProgress', progressId, { minutes: progress.minutes + credited })
    else
      work.create('studyProgress', progressId, {
        personId: request.personId,
        materialId: request.material._id,
        minutes: credited,
        firstDay: request.day,
      })
  }
  return { credited, duplicate: false, minutesToday: Math.min(cap, already + credited) }
}

/** Of a year total, the minutes studied remotely (远程学习会, 远程送学): kept beside the self / 送学 split. */
function remoteOf(total: StudyTotalDoc | null, method: DeliveryMethod | undefined, credited: number): { remoteMinutes?: number } {
  if (method !== 'remote') return {}
  return { remoteMinutes: (total?.remoteMinutes ?? 0) + credited }
}

/** The self / 送学 split of a year total after `credited` more minutes (a total from before the split counts as self). */
function splitOf(
  total: StudyTotalDoc | null,
  source: 'self' | 'delivery',
  credited: number,
): { selfMinutes: number; deliveryMinutes: number } {
  const deliveryBefore = total?.deliveryMinutes ?? 0
  const selfBefore = total ? (total.selfMinutes ?? total.minutes - deliveryBefore) : 0
  return source === 'self'
    ? { selfMinutes: selfBefore + credited, deliveryMinutes: deliveryBefore }
    : { selfMinutes: selfBefore, deliveryMinutes: deliveryBefore + credited }
}
