import type { RequestOf } from '../../core/contract'
import { callAs, dataOf, P } from '../support'

type MaterialFieldsInput = RequestOf<'study', 'upsertMaterial'>['fields']

let drafts = 0
export function draftId(): string {
  drafts += 1
  return `sd${process.pid}x${drafts}${Math.random().toString(36).slice(2, 6)}`
}

export function articleFields(overrides: Partial<MaterialFieldsInput> = {}): MaterialFieldsInput {
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

export async function addMaterial(overrides: Partial<MaterialFieldsInput> = {}): Promise<string> {
  return dataOf(await callAs(P.admin).study.upsertMaterial({ draftId: draftId(), fields: articleFields(overrides) })).material.id
}

/** An interval of `minutes` that ended just now. */
export function interval(minutes: number, endedMsAgo = 0) {
  const ended = Date.now() - endedMsAgo
  return { startedAt: new Date(ended - minutes * 60_000).toISOString(), endedAt: new Date(ended).toISOString() }
}
