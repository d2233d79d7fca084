import type { JointMeetingView, PartnerProjectView, PartnerUnitView } from '../../../core/contract/govern'
import type { JointMeetingDoc, PartnerProjectDoc, PartnerUnitDoc } from '../../../core/community/partners'
import type { ActivityDoc } from '../../../core/activities/model'
import { maskPhone } from '../../../core/mask'
import { audienceKeyOf } from '../../../core/notices/audience'
import { isoOf } from '../../../core/time'
import { failure, success } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findById, findByIds, findMany } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { personByPhone } from '../lib/evaluation-raters'

const isManager = (caller: Caller) => caller.role === 'secretary' || caller.role === 'admin'

function unitView(unit: PartnerUnitDoc, caller: Caller, coOrganized: PartnerUnitView['coOrganized'] = []): PartnerUnitView {
  return {
    id: unit._id,
    name: unit.name,
    type: unit.type,
    contactName: unit.contactName,
    contactPhone: isManager(caller) ? unit.contactPhone : (maskPhone(unit.contactPhone) ?? ''),
    partyOrg: unit.partyOrg,
    resources: unit.resources,
    needs: unit.needs,
    representativeName: isManager(caller) ? (unit.representativeName ?? null) : null,
    coOrganized,
  }
}

/** The activities a unit co-organised (index coOrganizer_start); non-managers see those for everyone only. */
async function coOrganizedBy(unitId: string, caller: Caller): Promise<PartnerUnitView['coOrganized']> {
  const filter = {
    coOrganizerIds: unitId,
    status: 'published',
    ...(isManager(caller) ? {} : { audienceKey: audienceKeyOf({ kind: 'all' }) }),
  }
  const docs = await findMany<Pick<ActivityDoc, '_id' | 'title' | 'startAt'>>('activities', filter, {
    orderBy: [['startAt', 'desc']],
    limit: 20,
    fields: { title: true, startAt: true },
  })
  return docs.map((a) => ({ id: a._id, title: a.title, startAt: isoOf(a.startAt) }))
}

function projectView(project: PartnerProjectDoc): PartnerProjectView {
  const { _id, title, unitNames, resource, need, status, activityId } = project
  return { id: _id, title, unitNames, resource, need, status, activityId }
}

function meetingView(meeting: JointMeetingDoc): JointMeetingView {
  const { _id, quarter, heldOn, attendees, minutes } = meeting
  return { id: _id, quarter, heldOn, attendees, minutes }
}

/** 共建单位 with their lists (phones masked for all but managers) and the projects between them. */
export const partnerUnits: Handler<'community', 'partnerUnits'> = async ({ caller }) => {
  const [units, projects] = await Promise.all([
    findMany<PartnerUnitDoc>('partnerUnits', {}, { orderBy: [['name', 'asc']], limit: 100 }),
    findMany<PartnerProjectDoc>('partnerProjects', {}, { orderBy: [['updatedAt', 'desc']], limit: 100 }),
  ])
  const coOrganized = await Promise.all(units.map((u) => coOrganizedBy(u._id, caller)))
  return success({ items: units.map((u, i) => unitView(u, caller, coOrganized[i])), projects: projects.map(projectView) })
}

/** The committee registers or (same requestId) edits a partner unit; audited. */
export const savePartnerUnit: Handler<'community', 'savePartnerUnit'> = async ({ data, caller }) =>
  inTransaction(async (work) => {
    const unitId = `unit-${data.requestId}`
    const now = new Date()
    const { requestId: _, ...fields } = data
    const existing = await work.get<PartnerUnitDoc>('partnerUnits', unitId)
    if (existing) work.patch('partnerUnits', unitId, { ...fields, updatedByOpenid: caller.openid, updatedAt: now })
    else work.create('partnerUnits', unitId, { ...fields, updatedByOpenid: caller.openid, createdAt: now, updatedAt: now })
    work.audit(caller, 'community.savePartnerUnit', unitId, { name: data.name })
    const unit = (await work.get<PartnerUnitDoc>('partnerUnits', unitId))!
    return success({ unit: unitView(unit, caller) })
  })

/**
 * The committee names the unit's representative by the phone they registered with (a bound member or
 * a resident with their own account), or clears it (`phone: null`); audited. They rate for the unit in
 * the 述职评议 opened after this (an open campaign keeps the representative it opened with).
 */
export const setPartnerRepresentative: Handler<'community', 'setPartnerRepresentative'> = async ({ data, caller }) => {
  const person = data.phone ? await personByPhone(data.phone) : null
  if (person && !person.ok) return person
  return inTransaction(async (work) => {
    const unit = await work.get<PartnerUnitDoc>('partnerUnits', data.unitId)
    if (!unit) return failure('PARTNER.NOT_FOUND', undefined, 'unitId')
    const representative = person?.value ?? null
    work.patch('partnerUnits', unit._id, {
      representativePersonId: representative?.personId ?? null,
      representativeName: representative?.name ?? null,
      updatedByOpenid: caller.openid,
      updatedAt: new Date(),
    })
    work.audit(caller, 'community.setPartnerRepresentative', unit._id, { personId: representative?.personId ?? null })
    return success({ unit: unitView((await work.get<PartnerUnitDoc>('partnerUnits', unit._id))!, caller) })
  })
}

/** A project matching a unit's resource with a community need; audited. */
export const savePartnerProject: Handler<'community', 'savePartnerProject'> = async ({ data, caller }) => {
  const units = await findByIds<PartnerUnitDoc>('partnerUnits', data.unitIds)
  if (units.size !== new Set(data.unitIds).size) return failure('PARTNER.NOT_FOUND', undefined, 'unitIds')
  if (data.activityId && !(await findById('activities', data.activityId)))
    return failure('COMMON.NOT_FOUND', '找不到这个共建活动', 'activityId')
  return inTransaction(async (work) => {
    const projectId = `project-${data.requestId}`
    const now = new Date()
    const fields = {
      title: data.title,
      unitIds: data.unitIds,
      unitNames: data.unitIds.map((id) => units.get(id)!.name),
      resource: data.resource,
      need: data.need,
      status: data.status,
      activityId: data.activityId,
      updatedAt: now,
    }
    if (await work.get('partnerProjects', projectId)) work.patch('partnerProjects', projectId, fields)
    else work.create('partnerProjects', projectId, { ...fields, createdAt: now })
    work.audit(caller, 'community.savePartnerProject', projectId, { unitIds: data.unitIds })
    return success({ project: projectView((await work.get<PartnerProjectDoc>('partnerProjects', projectId))!) })
  })
}

export const jointMeetings: Handler<'community', 'jointMeetings'> = async () => {
  const docs = await findMany<JointMeetingDoc>('jointMeetings', {}, { orderBy: [['quarter', 'desc']], limit: 40 })
  return success({ items: docs.map(meetingView) })
}

/** One 联席会议 record a quarter (`joint-<quarter>`): sent again, it is edited, not doubled; audited. */
export const recordJointMeeting: Handler<'community', 'recordJointMeeting'> = async ({ data, caller }) =>
  inTransaction(async (work) => {
    const meetingId = `joint-${data.quarter}`
    const fields = { ...data, recordedByOpenid: caller.openid, recordedAt: new Date() }
    const meeting = await work.put<JointMeetingDoc>('jointMeetings', meetingId, fields)
    work.audit(caller, 'community.recordJointMeeting', meetingId, { heldOn: data.heldOn })
    return success({ meeting: meetingView(meeting) })
  })
