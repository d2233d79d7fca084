import type { NeedView, VisitView } from '../../../core/contract/care'
import type { CareNeedDoc, CareVisitDoc } from '../../../core/care/model'
import { sharesKey } from '../../../core/care/scope'
import { isoOf } from '../../../core/time'
import type { CareScope } from './scope'

export function toVisitView(visit: CareVisitDoc): VisitView {
  return {
    id: visit._id,
    elderId: visit.elderId,
    elderName: visit.elderName,
    building: visit.building,
    kind: visit.kind,
    homeVisitKind: visit.homeVisitKind,
    date: visit.date,
    deliveredNoticeTitles: visit.deliveredNoticeTitles,
    deliveredStudy: visit.deliveredStudy,
    text: visit.text,
    goods: visit.goods,
    money: visit.money,
    companions: visit.companions,
    needCount: visit.needIds.length,
    byName: visit.byName,
    createdAt: isoOf(visit.createdAt),
  }
}

export function toNeedView(need: CareNeedDoc, scope: CareScope, memberId: string | null): NeedView {
  const mayHandle = sharesKey(need.scopeKeys, scope.write)
  return {
    id: need._id,
    visitId: need.visitId,
    elderId: need.elderId,
    elderName: need.elderName,
    building: need.building,
    text: need.text,
    tags: need.tags,
    status: need.status,
    linkedId: need.linkedId,
    handledNote: need.handledNote,
    handledByName: need.handledByName,
    recordedByName: need.recordedByName,
    createdAt: isoOf(need.createdAt),
    mayHandle,
    mayConvert: mayHandle || need.recordedById === memberId,
  }
}
