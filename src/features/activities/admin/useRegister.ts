import type { RegisterMark } from '@core/activities/register'
import type { RemoteOption } from '@core/contract'
import {
  fetchRegister,
  markAttendee,
  recordMinutes,
  reopenMinutes,
  reviewLeave,
  setMeetingRemote,
  signOffMinutes,
} from '../../../services/activities'
import { afterOk } from '../../../shared/outcome'
import { useLoad } from '../../../shared/useLoad'
import { useWrite } from '../../../shared/useWrite'

export interface MinutesInput {
  text: string
  topics: string[]
  speakers: string[]
  decisions: string[]
  photos: string[]
}

/**
 * 三会一课登记 of one meeting: the 应到 list with each one's state, the secretary's ticks (实到 / 送学),
 * leave decisions, the minutes, sign-off (locks it) and a correction (reopens it with a reason). Every
 * write answers the register as it now stands, shown at once.
 */
export function useRegister(activityId: string | null) {
  const loaded = useLoad(activityId, () => fetchRegister(activityId ?? ''))
  const write = useWrite()
  const id = activityId ?? ''

  const mark = (memberId: string, next: RegisterMark) =>
    write.run(async () => afterOk(await markAttendee({ activityId: id, memberId, mark: next }), loaded.setData), `mark:${memberId}`)

  const decideLeave = (memberId: string, approve: boolean) =>
    write.run(async () => afterOk(await reviewLeave({ activityId: id, memberId, approve }), loaded.setData), `leave:${memberId}`)

  const saveMinutes = (input: MinutesInput) =>
    write.run(async () => afterOk(await recordMinutes({ activityId: id, ...input }), loaded.reload), 'minutes')

  const signOff = () => write.run(async () => afterOk(await signOffMinutes(id), loaded.setData), 'signOff')

  const reopen = (reason: string) => write.run(async () => afterOk(await reopenMinutes(id, reason), loaded.setData), 'reopen')

  /** The remote option (远程参加), or null to stop offering it. */
  const saveRemote = (remote: RemoteOption | null) =>
    write.run(async () => afterOk(await setMeetingRemote({ activityId: id, remote }), loaded.reload), 'remote')

  return { ...loaded, busy: write.busyWith, mark, decideLeave, saveMinutes, signOff, reopen, saveRemote }
}
