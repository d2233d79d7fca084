import { MEETING_SIDES, TOPIC_STATUS_LABELS, type MeetingSide, type TopicStatus } from '@core/community/deliberation'

/** A deadline day (Beijing) as the instant voting ends: 20:00 that evening. */
export function deadlineOfDay(day: string): string {
  return `${day}T20:00:00+08:00`
}

/** Options typed one a line (empty lines dropped). */
export function optionsOfText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

export const TOPIC_TONE: Record<TopicStatus, 'red' | 'gold' | 'neutral'> = {
  proposed: 'gold',
  open: 'red',
  closed: 'neutral',
  decided: 'red',
}
export const topicStatusLabel = (status: TopicStatus) => TOPIC_STATUS_LABELS[status]

/** 议事会 attendees typed one a line as 「姓名 身份」 (身份: 物业, 业委会, 居民代表…); unknown sides count as 居民代表. */
export function attendeesOfText(text: string): Array<{ name: string; side: MeetingSide }> {
  return optionsOfText(text).map((line) => {
    const [name, side] = line.split(/[\s,，、]+/)
    return { name, side: (MEETING_SIDES as readonly string[]).includes(side) ? (side as MeetingSide) : '居民代表' }
  })
}

/** The share of votes an option got, in whole percent. */
export function percentOf(count: number, total: number): number {
  return total ? Math.round((count * 100) / total) : 0
}
