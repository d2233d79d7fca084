import type { StudyProgressDoc, StudyRecordDoc, StudyTotalDoc } from '../../core/study/model'
import { studyProgressId, studyTotalId } from '../../core/study/rules'
import { beijingDay, beijingYear } from '../../core/time'
import type { DatabaseService } from '../db'
import type { DemoCommunity } from './community'
import { createRandom } from './random'

const MATERIALS = [
  { id: 'sm-seed-charter', title: '党章第一章：党员的义务和权利' },
  { id: 'sm-seed-congress', title: '二十大报告学习要点：以人民为中心' },
  { id: 'sm-seed-model', title: '身边榜样：八十岁老党员的“楼栋议事会”' },
]

/**
 * This year's study time of the demo roster, so 学习情况 and the dashboard show real figures: most
 * members between 10 and 45 学时 (some below the 32 target), elders mostly by 送学 from their helper.
 * Demo people bound to an account (the sign-in list) start from nothing, so their own pages and the
 * tests that study as them begin at zero. Records, year totals and material progress agree.
 */
export async function seedStudyTime(db: DatabaseService, env: string, community: DemoCommunity): Promise<void> {
  const random = createRandom(20261202)
  const now = Date.now()
  const year = beijingYear(now)
  const yearStart = Date.parse(`${year}-01-01T00:00:00+08:00`)
  const names = new Map(community.members.map((m) => [m._id, m.name]))
  const records: StudyRecordDoc[] = []
  const totals = new Map<string, StudyTotalDoc>()
  const progress = new Map<string, StudyProgressDoc>()
  for (const member of community.members) {
    if (member.archived || member.openid) continue
    const sessions = random.int(14, 60)
    // Not everyone has started the two assigned materials (学习情况 lists who has not); everyone has the third.
    const pool = MATERIALS.filter((_material, i) => i === 2 || random.chance(i === 0 ? 0.6 : 0.45))
    for (let i = 0; i < sessions; i++) {
      const at = new Date(yearStart + random.next() * (now - 86_400_000 - yearStart))
      const day = beijingDay(at)
      const material = random.pick(pool)
      const delivered = member.elder && member.helperId && random.chance(0.7)
      const minutes = random.int(30, 60)
      records.push({
        _id: `${material.id}:${member._id}:${day}:seed${i}`,
        personId: member._id,
        materialId: material.id,
        materialTitle: material.title,
        day,
        year,
        minutes,
        requestedMinutes: minutes,
        source: delivered ? 'delivery' : 'self',
        deliveryId: null,
        deliveredByName: delivered ? (names.get(member.helperId!) ?? null) : null,
        method: delivered ? random.pick(['visit', 'phone', 'remote'] as const) : null,
        at,
      })
      const totalId = studyTotalId(member._id, year)
      const total = totals.get(totalId) ?? { _id: totalId, personId: member._id, year, minutes: 0, selfMinutes: 0, deliveryMinutes: 0 }
      total.minutes += minutes
      if (delivered) total.deliveryMinutes! += minutes
      else total.selfMinutes! += minutes
      totals.set(totalId, total)
      const progressId = studyProgressId(member._id, material.id)
      const entry = progress.get(progressId) ?? {
        _id: progressId,
        personId: member._id,
        materialId: material.id,
        minutes: 0,
        firstDay: day,
      }
      entry.minutes += minutes
      if (day < entry.firstDay!) entry.firstDay = day
      progress.set(progressId, entry)
    }
  }
  // The seeded materials are days old: their first study cannot be earlier than that.
  for (const entry of progress.values()) if (entry.firstDay! > beijingDay(now)) entry.firstDay = beijingDay(now)
  await db.bulkInsert(env, 'studyRecords', records as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'studyTotals', [...totals.values()] as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'studyProgress', [...progress.values()] as unknown as Array<Record<string, unknown>>)
}
