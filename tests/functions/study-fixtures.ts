import { main as study } from '../../cloudfunctions/study'
import { callAs } from './helpers'
import { dataOf, type Reply } from './members-fixtures'

export const callStudy = <T = unknown>(openid: string | null, action: string, data: unknown = {}) =>
  callAs<Reply<T>>(study, openid, action, data)

let drafts = 0
export function draftId(): string {
  drafts += 1
  return `sd${process.pid}x${drafts}${Math.random().toString(36).slice(2, 6)}`
}

export function articleFields(overrides: Record<string, unknown> = {}) {
  return {
    title: '学习《中国共产党章程》总纲',
    kind: 'article',
    topic: '党章党规',
    summary: '党章总纲逐段学习',
    body: '中国共产党是中国工人阶级的先锋队。\n**党的最高理想和最终目标是实现共产主义。**',
    durationMinutes: 20,
    ...overrides,
  }
}

export async function addMaterial(overrides: Record<string, unknown> = {}): Promise<string> {
  return dataOf(
    await callStudy<{ material: { id: string } }>('demo-admin', 'upsertMaterial', { draftId: draftId(), fields: articleFields(overrides) }),
  ).material.id
}

/** An interval of `minutes` that ended just now. */
export function interval(minutes: number, endedMsAgo = 0) {
  const ended = Date.now() - endedMsAgo
  return { startedAt: new Date(ended - minutes * 60_000).toISOString(), endedAt: new Date(ended).toISOString() }
}
