import { remoteMaterialId, remoteMinutesOf } from '../../../core/activities/remote'
import type { ActivityDoc } from '../../../core/activities/model'
import type { RegisterLine } from '../../../core/contract/activities'
import { studyRecordId } from '../../../core/study/rules'
import { beijingDay, beijingYear } from '../../../core/time'
import { creditStudy } from '../../_core/study-credit'
import { inTransaction } from '../../_core/transaction'

/** How many members' credits run at once after a sign-off (each its own small transaction). */
const PARALLEL = 4

/**
 * 集中学习: a signed-off meeting credits its length (at most REMOTE_MAX_MINUTES) to the 学时 of every
 * member on the register as 实到 in person, as one study record under the meeting (`meeting:<id>`,
 * session `inPerson`) — the same "material" and day cap as 远程参加, so a member counted both ways never
 * gets the meeting twice. Idempotent by record id: a retried or corrected sign-off credits only the
 * members not credited before (a member taken off 实到 by a correction keeps the credit already given).
 */
export async function creditInPersonStudy(activity: ActivityDoc, lines: readonly RegisterLine[]): Promise<void> {
  const minutes = remoteMinutesOf(activity)
  if (minutes <= 0) return
  const day = beijingDay(activity.startAt)
  const material = { _id: remoteMaterialId(activity._id), title: `集中学习：${activity.title}` }
  const present = lines.filter((line) => line.state === 'present' && !line.remote).map((line) => line.memberId)
  for (let i = 0; i < present.length; i += PARALLEL) {
    await Promise.all(
      present.slice(i, i + PARALLEL).map((personId) =>
        inTransaction((work) =>
          creditStudy(work, {
            recordId: studyRecordId(material._id, personId, day, 'inPerson'),
            personId,
            material,
            day,
            year: beijingYear(activity.startAt),
            requested: minutes,
            source: 'self',
            dailyCap: minutes,
            at: new Date(),
          }),
        ),
      ),
    )
  }
}
