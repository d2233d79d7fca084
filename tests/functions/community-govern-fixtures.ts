import type { Audience } from '../../core/notices/audience'
import { callAs, dataOf, P } from '../support'
import type { Db } from './helpers'
import { rid } from './points-fixtures'

/** Shared by the 议事协商 · 民主评议 tests: a topic, an instant ahead, and pushing a deadline into the past. */
export const hoursAhead = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

export function topicFields(extra: Record<string, unknown> = {}) {
  return {
    requestId: rid('topic'),
    title: '3栋楼下是否加装电动车充电桩',
    background: '楼道里充电有火灾隐患，居民反映多次，物业提出可在楼下空地加装 10 个充电桩。',
    options: ['同意加装', '不同意', '再议'],
    deadline: hoursAhead(48),
    ...extra,
  }
}

/** A topic the first branch's secretary sets for a building (default 琼林苑1栋, in their branch). */
export async function makeTopic(building = '琼林苑1栋', extra: Record<string, unknown> = {}) {
  const audience: Audience = { kind: 'building', building }
  return dataOf(await callAs(P.secretary).community.createTopic({ ...topicFields(extra), audience } as never)).topic
}

/** Moves a topic's deadline (or a campaign's close) into the past, as time passing would. */
export async function pastDeadline(db: Db, collection: 'topics' | 'evaluationCampaigns', id: string): Promise<void> {
  const field = collection === 'topics' ? 'deadline' : 'closesAt'
  await db
    .collection(collection)
    .doc(id)
    .update({ data: { [field]: new Date(Date.now() - 1000) } })
}
