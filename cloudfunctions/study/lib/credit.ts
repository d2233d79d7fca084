import type { StudyMaterialDoc, StudyDayDoc, StudyProgressDoc, StudyRecordDoc, StudyTotalDoc } from '../../../core/study/model'
import {
  creditableMinutes,
  DAILY_CAP_MINUTES_PER_MATERIAL,
  studyDayId,
  studyProgressId,
  studyTotalId,
  type DeliveryMethod,
} from '../../../core/study/rules'
import type { TxWork } from '../../_core/transaction'

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

  const credited = creditableMinutes(request.requested, already)
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
    if (total) work.patch('studyTotals', totalId, { minutes: total.minutes + credited })
    else work.create('studyTotals', totalId, { personId: request.personId, year: request.year, minutes: credited })

    const progressId = studyProgressId(request.personId, request.material._id)
    const progress = await work.get<StudyProgressDoc>('studyProgress', progressId)
    if (progress) work.patch('studyProgress', progressId, { minutes: progress.minutes + credited })
    else work.create('studyProgress', progressId, { personId: request.personId, materialId: request.material._id, minutes: credited })
  }
  return { credited, duplicate: false, minutesToday: Math.min(DAILY_CAP_MINUTES_PER_MATERIAL, already + credited) }
}
