/**
 * 远程在线党员学习会: a meeting (三会一课, 主题党日) with a remote option — a meeting link or a phone
 * dial-in, and the study material — that housebound members join from home. Pure rules, no zod.
 *
 * Remote attendance is recorded once per member and meeting (the register's `<activityId>:<memberId>`
 * document) by the member or their paired helper, from REMOTE_OPENS_BEFORE_MINUTES before the start
 * until REMOTE_RECORD_DAYS_AFTER days after the end (a helper may note it the next day), while the
 * register is not signed off. It counts as 实到 (marked 远程) and credits the meeting's length, at most
 * REMOTE_MAX_MINUTES, to the member's 学时 as one study record under `meeting:<activityId>`.
 */

export const REMOTE_LINK_MAX = 300
export const REMOTE_DIAL_IN_MAX = 60
export const REMOTE_MATERIAL_TITLE_MAX = 60
export const REMOTE_OPENS_BEFORE_MINUTES = 30
export const REMOTE_RECORD_DAYS_AFTER = 3
/** The most one meeting credits to 学时 (four class periods). */
export const REMOTE_MAX_MINUTES = 180
/** Meetings shown on the 远程参加 lists: started at most this many days ago. */
export const REMOTE_LIST_DAYS_BACK = 7

export interface RemoteOption {
  /** 腾讯会议 / video link (http or https). */
  link: string | null
  /** Phone dial-in: a number and, after it, the meeting code. */
  dialIn: string | null
  materialTitle: string | null
  materialLink: string | null
  /** A 学习资料 of the study function, to open in the mini-program. */
  materialId: string | null
}

/** The study record's material id of a meeting attended remotely. */
export const remoteMaterialId = (activityId: string) => `meeting:${activityId}`

/** Whether remote attendance may be recorded at `now` (the register's lock is checked separately). */
export function remoteOpen(meeting: { startAt: Date; endAt: Date; status: string }, now: Date): boolean {
  if (meeting.status === 'cancelled') return false
  const opens = meeting.startAt.getTime() - REMOTE_OPENS_BEFORE_MINUTES * 60_000
  const closes = meeting.endAt.getTime() + REMOTE_RECORD_DAYS_AFTER * 24 * 3_600_000
  return now.getTime() >= opens && now.getTime() <= closes
}

/** Minutes one remote attendance credits: the meeting's length, at most REMOTE_MAX_MINUTES. */
export function remoteMinutesOf(meeting: { startAt: Date; endAt: Date }): number {
  const minutes = Math.floor((meeting.endAt.getTime() - meeting.startAt.getTime()) / 60_000)
  return Math.max(0, Math.min(REMOTE_MAX_MINUTES, minutes))
}
