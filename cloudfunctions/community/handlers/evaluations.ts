import { randomUUID } from 'node:crypto'
import {
  EVALUATION_DAYS_MAX,
  EVALUATION_SUBJECTS_MAX,
  ballotGroup,
  campaignClosed,
  groupsOf,
  recordsGroups,
  tallyBallots,
  turnoutIdOf,
  type EvaluationCampaignDoc,
  type EvaluationSubject,
  type RaterGroup,
} from '../../../core/community/evaluation'
import type { MemberDoc, OrgDoc, UserDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import { managesOrgPath } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { command, countWhere, findAll, findById, findMany } from '../../_core/db'
import { personOf } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { partnerRatersOf, raterChoicesOf, residentRatersOf, subtreeOf } from '../lib/evaluation-raters'
import { ballotsOf, raterGroupOf, seesCampaign, selfAssessmentsOf, toEvaluationView } from '../lib/evaluation-views'

const DAY = 86_400_000

/** Who is rated: every active member of the branch (民主评议党员), or its secretaries (述职评议). */
async function subjectsOf(kind: EvaluationCampaignDoc['kind'], org: OrgDoc, members: MemberDoc[]): Promise<EvaluationSubject[]> {
  if (kind === 'members') return members.map((m) => ({ personId: m._id, name: m.name }))
  const subtree = await subtreeOf(org)
  const users = await findMany<UserDoc>('users', { role: 'secretary', scopeOrgId: command().in(subtree.map((o) => o._id)) }, { limit: 100 })
  const ids = new Set(users.flatMap((u) => (u.memberId ? [u.memberId] : [])))
  return members.filter((m) => ids.has(m._id)).map((m) => ({ personId: m._id, name: m.name }))
}

export const createEvaluation: Handler<'community', 'createEvaluation'> = async ({ data, caller }) => {
  const now = new Date()
  const closesAt = new Date(data.closesAt)
  if (closesAt.getTime() <= now.getTime() || closesAt.getTime() - now.getTime() > EVALUATION_DAYS_MAX * DAY)
    return failure('EVAL.BAD_CLOSE', undefined, 'closesAt')
  const org = await findById<OrgDoc>('orgs', data.orgId)
  if (!org) return failure('ORG.NOT_FOUND', undefined, 'orgId')
  const orgPath = [...org.path, org._id]
  if (!managesOrgPath(caller, orgPath)) return failure('COMMON.FORBIDDEN')
  if (data.kind !== 'report' && (data.residentIds.length || data.partnerUnitIds.length))
    return failure('EVAL.RATERS_REPORT_ONLY', undefined, 'residentIds')
  const members = await findAll<MemberDoc>('members', { orgPath: org._id, archived: false }, { fields: { name: true } })
  const subjects = (await subjectsOf(data.kind, org, members)).slice(0, EVALUATION_SUBJECTS_MAX)
  if (!subjects.length) return failure('EVAL.NO_SUBJECTS', undefined, 'orgId')
  const residentRaters = await residentRatersOf(org, data.residentIds)
  if (!residentRaters.ok) return residentRaters
  const partners = await partnerRatersOf(data.partnerUnitIds)
  if (!partners.ok) return partners
  // One vote per person: a representative who is a member of the org, or also a 居民代表, rates once, there.
  const taken = new Set([...members.map((m) => m._id), ...residentRaters.value.map((r) => r.personId)])
  const partnerRaters = partners.value.filter((r) => !taken.has(r.personId) && taken.add(r.personId))
  const groupEligible = { members: members.length, residents: residentRaters.value.length, partners: partnerRaters.length }
  const named = data.kind === 'report' && (residentRaters.value.length || partnerRaters.length)
  const raters = named
    ? {
        residentRaters: residentRaters.value,
        partnerRaters,
        raterIds: [...residentRaters.value, ...partnerRaters].map((r) => r.personId),
        groupEligible,
      }
    : {}
  const eligible = members.length + residentRaters.value.length + partnerRaters.length
  const campaignId = `eval-${caller.openid}-${data.requestId}`
  return inTransaction(async (work) => {
    const existing = await work.get<EvaluationCampaignDoc>('evaluationCampaigns', campaignId)
    if (existing) return success({ evaluation: await toEvaluationView(existing, caller), created: false })
    const campaign = work.create<EvaluationCampaignDoc>('evaluationCampaigns', campaignId, {
      kind: data.kind,
      title: data.title,
      orgId: org._id,
      orgName: org.name,
      orgPath,
      subjects,
      eligible,
      ...raters,
      status: 'open',
      closesAt,
      closedAt: null,
      createdByOpenid: caller.openid,
      createdAt: now,
    })
    work.audit(caller, 'community.createEvaluation', campaignId, {
      kind: data.kind,
      orgId: org._id,
      subjects: subjects.length,
      residentRaters: residentRaters.value.length,
      partnerUnits: partnerRaters.map((r) => r.unitId),
    })
    return success({ evaluation: await toEvaluationView(campaign, caller, now), created: true })
  })
}

/** Campaigns of the caller's branches (a member), those naming them as a rater, or of the subtree they manage. */
export const evaluations: Handler<'community', 'evaluations'> = async ({ caller }) => {
  const _ = command()
  const orgIds = [...(caller.member?.orgPath ?? []), ...(caller.scopeOrg ? [caller.scopeOrg._id] : [])]
  const personId = personOf(caller)?.id
  const order = { orderBy: [['createdAt', 'desc']] as Array<[string, 'desc']>, limit: 50 }
  const [ofOrgs, asRater] = await Promise.all([
    orgIds.length ? findMany<EvaluationCampaignDoc>('evaluationCampaigns', { orgPath: _.in(orgIds) }, order) : [],
    personId ? findMany<EvaluationCampaignDoc>('evaluationCampaigns', { raterIds: personId }, order) : [],
  ])
  const docs = [...new Map([...ofOrgs, ...asRater].map((doc) => [doc._id, doc])).values()]
  docs.sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())
  const visible = docs.filter((doc) => seesCampaign(doc, caller)).slice(0, 50)
  return success({ items: await Promise.all(visible.map((doc) => toEvaluationView(doc, caller))) })
}

export const evaluation: Handler<'community', 'evaluation'> = async ({ data, caller }) => {
  const found = await findById<EvaluationCampaignDoc>('evaluationCampaigns', data.campaignId)
  if (!found || !seesCampaign(found, caller)) return failure('COMMON.NOT_FOUND')
  return success({ evaluation: await toEvaluationView(found, caller) })
}

/** A subject writes (or rewrites, until the close) their self-assessment. Not anonymous: it is theirs. */
export const selfAssess: Handler<'community', 'selfAssess'> = async ({ data, caller }) => {
  const found = await findById<EvaluationCampaignDoc>('evaluationCampaigns', data.campaignId)
  if (!found || !seesCampaign(found, caller)) return failure('COMMON.NOT_FOUND')
  const memberId = caller.member?._id
  if (!memberId || !found.subjects.some((s) => s.personId === memberId)) return failure('EVAL.NOT_SUBJECT')
  if (campaignClosed(found, new Date())) return failure('EVAL.CLOSED')
  return inTransaction(async (work) => {
    const id = turnoutIdOf(found._id, memberId)
    const now = new Date()
    if (await work.get('evaluationSelf', id)) work.patch('evaluationSelf', id, { text: data.text, updatedAt: now })
    else work.create('evaluationSelf', id, { campaignId: found._id, personId: memberId, text: data.text, updatedAt: now })
    return success({ evaluation: await toEvaluationView(found, caller) })
  })
}

/**
 * The anonymous vote. In one transaction: the turnout record (`<campaign>:<person>`, no time) — which
 * makes a second vote fail — and the ballot: a random `_id`, the campaign and the grades, nothing else.
 * A lost race on the turnout record reruns and answers EVAL.ALREADY_VOTED; no audit entry is written.
 */
export const castEvaluation: Handler<'community', 'castEvaluation'> = async ({ data, caller }) => {
  const found = await findById<EvaluationCampaignDoc>('evaluationCampaigns', data.campaignId)
  if (!found) return failure('COMMON.NOT_FOUND')
  const group = raterGroupOf(found, caller)
  const personId = personOf(caller)?.id
  if (!group || !personId) return failure('EVAL.NOT_ELIGIBLE')
  if (campaignClosed(found, new Date())) return failure('EVAL.CLOSED')
  // Every ballot grades every subject, the voter too (自评等次): a ballot missing its voter would name them.
  const expected = found.subjects.map((s) => s.personId)
  const grades = Object.fromEntries(data.grades.map((g) => [g.personId, g.grade]))
  const given = Object.keys(grades)
  if (given.length !== data.grades.length || given.length !== expected.length || !expected.every((id) => id in grades))
    return failure('EVAL.INCOMPLETE', undefined, 'grades')
  const turnoutId = turnoutIdOf(found._id, personId)
  // Several groups: the ballot names its group once GROUP_MIN − 1 of the group voted before (a count
  // read before the transaction is never more than the truth, so a race only ever leaves it unnamed).
  const grouped = recordsGroups(found)
  const before = grouped ? await countWhere('evaluationTurnout', { campaignId: found._id, group }) : 0
  const voted = await inTransaction(async (work) => {
    if (await work.get('evaluationTurnout', turnoutId)) return failure('EVAL.ALREADY_VOTED')
    work.create('evaluationTurnout', turnoutId, { campaignId: found._id, personId, ...(grouped ? { group } : {}) })
    work.add('evaluationBallots', {
      _id: randomUUID(),
      campaignId: found._id,
      grades,
      ...(grouped ? { group: ballotGroup(group, before) } : {}),
    })
    return success(undefined)
  })
  return voted.ok ? success({ evaluation: await toEvaluationView(found, caller) }) : voted
}

export const closeEvaluation: Handler<'community', 'closeEvaluation'> = async ({ data, caller }) => {
  const result = await inTransaction(async (work) => {
    const found = await work.get<EvaluationCampaignDoc>('evaluationCampaigns', data.campaignId)
    if (!found || !managesOrgPath(caller, found.orgPath)) return failure('COMMON.NOT_FOUND')
    if (found.status !== 'closed') {
      work.patch('evaluationCampaigns', found._id, { status: 'closed', closedAt: new Date() })
      work.audit(caller, 'community.closeEvaluation', found._id)
    }
    return success(found)
  })
  return result.ok ? success({ evaluation: await toEvaluationView(result.value, caller) }) : result
}

/** After the close, the branch (and the committee) see each subject's counts and the turnout — never a ballot. */
export const evaluationResults: Handler<'community', 'evaluationResults'> = async ({ data, caller }) => {
  const found = await findById<EvaluationCampaignDoc>('evaluationCampaigns', data.campaignId)
  if (!found || !managesOrgPath(caller, found.orgPath)) return failure('COMMON.NOT_FOUND')
  if (!campaignClosed(found, new Date())) return failure('EVAL.NOT_CLOSED')
  const groups = recordsGroups(found) ? groupsOf(found) : []
  const [ballots, turnout, selves, groupTurnout] = await Promise.all([
    ballotsOf(found._id),
    countWhere('evaluationTurnout', { campaignId: found._id }),
    selfAssessmentsOf(found._id),
    Promise.all(groups.map(([group]) => countWhere('evaluationTurnout', { campaignId: found._id, group }))),
  ])
  const counts = tallyBallots(found.subjects, ballots)
  const byGroup = new Map(
    groups.map(
      ([group]) =>
        [
          group,
          tallyBallots(
            found.subjects,
            ballots.filter((b) => b.group === group),
          ),
        ] as const,
    ),
  )
  const named = (group: RaterGroup) => ballots.filter((b) => b.group === group).length
  return success({
    id: found._id,
    title: found.title,
    eligible: found.eligible,
    turnout,
    rows: found.subjects.map((s) => ({
      personId: s.personId,
      name: s.name,
      counts: counts.get(s.personId)!,
      byGroup: Object.fromEntries(
        [...byGroup].filter(([group]) => named(group) > 0).map(([group, tally]) => [group, tally.get(s.personId)!]),
      ),
      selfAssessment: selves.get(s.personId) ?? null,
    })),
    groups: groups.map(([group, eligible], i) => ({ group, eligible, turnout: groupTurnout[i], ballots: named(group) })),
  })
}

/** For the 述职评议 form: residents of the org's buildings, partner units with a representative. */
export const evaluationRaterChoices: Handler<'community', 'evaluationRaterChoices'> = async ({ data, caller }) => {
  const org = await findById<OrgDoc>('orgs', data.orgId)
  if (!org) return failure('ORG.NOT_FOUND', undefined, 'orgId')
  if (!managesOrgPath(caller, [...org.path, org._id])) return failure('COMMON.FORBIDDEN')
  return success(await raterChoicesOf(org))
}
