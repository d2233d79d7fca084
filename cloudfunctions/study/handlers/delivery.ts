import type { DeliveriesResponse, DeliveryView, PairedStudyResponse } from '../../../core/contract/study'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { pick } from '../../../core/pick'
import { failure, success } from '../../../core/result'
import type { StudyDeliveryDoc, StudyMaterialDoc } from '../../../core/study/model'
import { deliveryId, studyRecordId } from '../../../core/study/rules'
import { beijingDay, beijingDayBefore, beijingMonth, beijingNoonOf, beijingYear } from '../../../core/time'
import { screenPhotos } from '../../_core/content-security'
import type { Handler } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { elderFor, pairedEldersOf } from '../../_core/pairing'
import { inTransaction } from '../../_core/transaction'
import { creditStudy } from '../../_core/study-credit'
import { dueDatesOf, progressOf } from '../lib/reach'

function toView(doc: StudyDeliveryDoc): DeliveryView {
  const shown = pick(doc, [
    'elderId',
    'elderName',
    'helperId',
    'helperName',
    'materialId',
    'materialTitle',
    'date',
    'method',
    'minutes',
    'credited',
    'photoFileId',
  ])
  return { id: doc._id, ...shown }
}

/** 结对送学: per elder, the assigned materials they have not studied at all, and the latest deliveries. */
export const pairedStudy: Handler<'study', 'pairedStudy'> = async ({ caller }) => {
  const elders = await pairedEldersOf(caller.member)
  const result: PairedStudyResponse['elders'] = []
  for (const elder of elders) {
    const due = await dueDatesOf(elder)
    const ids = [...due.keys()]
    const [materials, progress, recent] = await Promise.all([
      ids.length ? findMany<StudyMaterialDoc>('studyMaterials', { _id: command().in(ids), archived: false }, { limit: ids.length }) : [],
      progressOf(elder._id, ids),
      findMany<StudyDeliveryDoc>('studyDeliveries', { elderId: elder._id }, { orderBy: [['date', 'desc']], limit: 5 }),
    ])
    result.push({
      id: elder._id,
      name: elder.name,
      pending: materials
        .filter((m) => !progress.get(m._id))
        .map((m) => ({ materialId: m._id, title: m.title, kind: m.kind, dueDate: due.get(m._id)! }))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
      recent: recent.map(toView),
    })
  }
  return success({ elders: result })
}

/**
 * A helper records taking a material to their elder. One per elder, material and day (the id), so
 * a retried submit records once; the elder gets a study record from it, under the daily cap.
 */
export const recordDelivery: Handler<'study', 'recordDelivery'> = async ({ data, caller }) => {
  const helper = caller.member
  if (!helper) return failure('MEMBER.NOT_A_MEMBER')
  const elder = await elderFor(helper, data.elderId)
  if (!elder) return failure('STUDY.NOT_PAIRED')
  const material = await findById<StudyMaterialDoc>('studyMaterials', data.materialId)
  if (!material || material.archived) return failure('COMMON.NOT_FOUND')
  const photo = await screenPhotos(caller, data.photoFileId ? [data.photoFileId] : [], 'log')
  if (!photo.ok) return photo
  const now = new Date()
  const date = beijingNoonOf(data.date)
  if (!date || data.date > beijingDay(now) || data.date < beijingDayBefore(now, 31)) return failure('STUDY.BAD_DATE', undefined, 'date')

  const id = deliveryId(elder._id, material._id, data.date)
  const outcome = await inTransaction(async (work) => {
    const existing = await work.get<StudyDeliveryDoc>('studyDeliveries', id)
    if (existing) return { doc: existing, duplicate: true }
    const credit = await creditStudy(work, {
      recordId: studyRecordId(material._id, elder._id, data.date, 'delivery'),
      personId: elder._id,
      material,
      day: data.date,
      year: beijingYear(date),
      requested: data.minutes,
      source: 'delivery',
      deliveryId: id,
      deliveredByName: helper.name,
      method: data.method,
      at: now,
    })
    const doc = work.create<StudyDeliveryDoc>('studyDeliveries', id, {
      elderId: elder._id,
      elderName: elder.name,
      orgPath: elder.orgPath,
      helperId: helper._id,
      helperName: helper.name,
      materialId: material._id,
      materialTitle: material.title,
      date: data.date,
      month: data.date.slice(0, 7),
      method: data.method,
      minutes: data.minutes,
      credited: credit.credited,
      photoFileId: data.photoFileId,
      at: now,
    })
    return { doc, duplicate: false }
  })
  return success({ delivery: toView(outcome.doc), duplicate: outcome.duplicate })
}

/** Managers: deliveries per helper in a month, and the subtree's elders nobody reached that month. */
export const deliveries: Handler<'study', 'deliveries'> = async ({ data, caller }) => {
  const month = data.month ?? beijingMonth(new Date())
  const rootId = caller.scopeOrg!._id
  const [docs, elders] = await Promise.all([
    findMany<StudyDeliveryDoc>('studyDeliveries', { month, orgPath: rootId }, { limit: 1000 }),
    findMany<MemberDoc>('members', { orgPath: rootId, elder: true, archived: false }, { orderBy: [['sortKey', 'asc']], limit: 1000 }),
  ])
  const byHelper = new Map<string, DeliveriesResponse['helpers'][number] & { elderIds: Set<string> }>()
  for (const doc of docs) {
    const entry = byHelper.get(doc.helperId) ?? {
      helperId: doc.helperId,
      helperName: doc.helperName,
      deliveries: 0,
      minutes: 0,
      elders: 0,
      elderIds: new Set<string>(),
    }
    entry.deliveries += 1
    entry.minutes += doc.minutes
    entry.elderIds.add(doc.elderId)
    byHelper.set(doc.helperId, entry)
  }
  const reached = new Set(docs.map((doc) => doc.elderId))
  const unreached = elders.filter((elder) => !reached.has(elder._id))
  const helperIds = [...new Set(unreached.map((e) => e.helperId).filter((id): id is string => Boolean(id)))]
  const orgIds = [...new Set(unreached.map((e) => e.orgId))]
  const [helpers, orgs] = await Promise.all([
    helperIds.length
      ? findMany<MemberDoc>('members', { _id: command().in(helperIds) }, { limit: helperIds.length, fields: { name: true } })
      : [],
    orgIds.length ? findMany<OrgDoc>('orgs', { _id: command().in(orgIds) }, { limit: orgIds.length, fields: { name: true } }) : [],
  ])
  const helperName = new Map(helpers.map((h) => [h._id, h.name]))
  const orgName = new Map(orgs.map((o) => [o._id, o.name]))
  return success({
    month,
    helpers: [...byHelper.values()]
      .map(({ elderIds, ...rest }) => ({ ...rest, elders: elderIds.size }))
      .sort((a, b) => b.deliveries - a.deliveries),
    unreached: unreached.map((elder) => ({
      elderId: elder._id,
      name: elder.name,
      orgName: orgName.get(elder.orgId) ?? null,
      phoneMasked: maskPhone(elder.phone),
      helperName: elder.helperId ? (helperName.get(elder.helperId) ?? null) : null,
    })),
  })
}
