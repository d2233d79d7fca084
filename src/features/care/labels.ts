import { HOME_VISIT_KIND_LABELS, NEED_TAG_LABELS, VISIT_KIND_LABELS, type NeedTag } from '@core/care/constants'
import type { VisitView } from '@core/contract'

/** 上门走访 · 八个到家（新春佳节恭贺到家）… */
export function visitKindText(visit: Pick<VisitView, 'kind' | 'homeVisitKind'>): string {
  const kind = VISIT_KIND_LABELS[visit.kind]
  return visit.homeVisitKind ? `${kind}（${HOME_VISIT_KIND_LABELS[visit.homeVisitKind]}）` : kind
}

export const tagsText = (tags: NeedTag[]) => tags.map((tag) => NEED_TAG_LABELS[tag]).join('、')

/** The lines one record shows: what was delivered, given, and who went along. */
export function visitLines(visit: VisitView): string[] {
  return [
    `${visit.date} · ${visit.byName}记录`,
    visit.deliveredNoticeTitles.length ? `送达通知：${visit.deliveredNoticeTitles.join('；')}` : '',
    visit.deliveredStudy ? `送学：${visit.deliveredStudy}` : '',
    visit.goods ? `慰问品：${visit.goods}` : '',
    visit.money ? `慰问金：${visit.money} 元` : '',
    visit.companions.length ? `同去：${visit.companions.join('、')}` : '',
    visit.needCount ? `记下需求 ${visit.needCount} 条` : '',
  ].filter(Boolean)
}
