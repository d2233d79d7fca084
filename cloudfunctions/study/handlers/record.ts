import type { StudyRecordView } from '../../../core/contract/study'
import { failure, success } from '../../../core/result'
import type { StudyMaterialDoc, StudyRecordDoc, StudyTotalDoc } from '../../../core/study/model'
import {
  annualTargetHours,
  DAILY_CAP_MINUTES_PER_MATERIAL,
  INTERVAL_MAX_MINUTES,
  intervalMinutes,
  MINUTES_PER_STUDY_HOUR,
  studyHours,
  studyRecordId,
  studyTotalId,
} from '../../../core/study/rules'
import { beijingDay, beijingYear } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { creditStudy } from '../../_core/study-credit'
import { dueDatesOf, progressOf } from '../lib/reach'

/** Reported clocks may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 2 * 60_000

/**
 * One interval the client measured while the material was open. The record's id is material +
 * person + the server's Beijing day + the session id: the same interval sent twice counts once.
 */
export const recordStudy: Handler<'study', 'recordStudy'> = async ({ data, caller }) => {
  const member = caller.member
  if (!member) return failure('MEMBER.NOT_A_MEMBER')
  const material = await findById<StudyMaterialDoc>('studyMaterials', data.materialId)
  if (!material || material.archived) return failure('COMMON.NOT_FOUND')
  const now = new Date()
  const startedAt = new Date(data.startedAt)
  const endedAt = new Date(data.endedAt)
  const minutes = intervalMinutes(startedAt, endedAt)
  if (endedAt.getTime() <= startedAt.getTime() || endedAt.getTime() > now.getTime() + CLOCK_SKEW_MS || minutes > INTERVAL_MAX_MINUTES) {
    return failure('STUDY.BAD_INTERVAL', undefined, 'endedAt')
  }
  const day = beijingDay(now)
  const credit = await inTransaction((work) =>
    creditStudy(work, {
      recordId: studyRecordId(material._id, member._id, day, data.sessionId),
      personId: member._id,
      material,
      day,
      year: beijingYear(now),
      requested: minutes,
      source: 'self',
      at: now,
    }),
  )
  return success({
    credited: credit.duplicate ? 0 : credit.credited,
    duplicate: credit.duplicate,
    minutesToday: credit.minutesToday,
    capReached: credit.minutesToday >= DAILY_CAP_MINUTES_PER_MATERIAL,
  })
}

export function toRecordView(doc: StudyRecordDoc): StudyRecordView {
  return {
    id: doc._id,
    materialId: doc.materialId,
    materialTitle: doc.materialTitle,
    day: doc.day,
    minutes: doc.minutes,
    source: doc.source,
    deliveredBy: doc.deliveredByName,
    method: doc.method,
  }
}

/** 我的学习: this year's minutes and 学时 against the target, assigned materials, latest records. */
export const myStudy: Handler<'study', 'myStudy'> = async ({ data, caller }) => {
  const member = caller.member
  if (!member) return failure('MEMBER.NOT_A_MEMBER')
  const year = data.year ?? beijingYear(new Date())
  const [total, due, records] = await Promise.all([
    findById<StudyTotalDoc>('studyTotals', studyTotalId(member._id, year)),
    dueDatesOf(member),
    findMany<StudyRecordDoc>('studyRecords', { personId: member._id }, { orderBy: [['at', 'desc']], limit: 20 }),
  ])
  const assignedIds = [...due.keys()]
  const [materials, progress] = await Promise.all([
    assignedIds.length
      ? findMany<StudyMaterialDoc>('studyMaterials', { _id: command().in(assignedIds), archived: false }, { limit: assignedIds.length })
      : [],
    progressOf(member._id, assignedIds),
  ])
  const minutes = total?.minutes ?? 0
  return success({
    year,
    minutes,
    hours: studyHours(minutes),
    targetHours: annualTargetHours(caller.role),
    minutesPerHour: MINUTES_PER_STUDY_HOUR,
    assignments: materials
      .map((m) => ({ materialId: m._id, title: m.title, kind: m.kind, dueDate: due.get(m._id)!, studiedMinutes: progress.get(m._id) ?? 0 }))
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    records: records.map(toRecordView),
  })
}
