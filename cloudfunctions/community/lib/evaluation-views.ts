import type { EvaluationView } from '../../../core/contract/govern'
import {
  campaignClosed,
  tallyBallots,
  turnoutIdOf,
  type EvaluationBallotDoc,
  type EvaluationCampaignDoc,
  type EvaluationSelfDoc,
} from '../../../core/community/evaluation'
import { isoOf } from '../../../core/time'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { countWhere, findAll, findById } from '../../_core/db'

/** A member of the campaign's branch (its whole subtree) may rate. */
export function mayRate(campaign: EvaluationCampaignDoc, caller: Caller): boolean {
  return !!caller.member && caller.member.orgPath.includes(campaign.orgId)
}

export function seesCampaign(campaign: EvaluationCampaignDoc, caller: Caller): boolean {
  return mayRate(campaign, caller) || managesOrgPath(caller, campaign.orgPath)
}

export async function selfAssessmentsOf(campaignId: string): Promise<Map<string, string>> {
  const docs = await findAll<EvaluationSelfDoc>('evaluationSelf', { campaignId })
  return new Map(docs.map((doc) => [doc.personId, doc.text]))
}

/** Ballots of a closed campaign — only ever read to count them, never returned. */
export function ballotsOf(campaignId: string): Promise<EvaluationBallotDoc[]> {
  return findAll<EvaluationBallotDoc>('evaluationBallots', { campaignId }, { fields: { grades: true } })
}

/** The caller's view: no tally and no turnout before the close; after it, their own counts if a subject. */
export async function toEvaluationView(campaign: EvaluationCampaignDoc, caller: Caller, now = new Date()): Promise<EvaluationView> {
  const memberId = caller.member?._id ?? null
  const closed = campaignClosed(campaign, now)
  const isSubject = !!memberId && campaign.subjects.some((s) => s.personId === memberId)
  const [selves, participation] = await Promise.all([
    selfAssessmentsOf(campaign._id),
    memberId ? findById('evaluationTurnout', turnoutIdOf(campaign._id, memberId)) : null,
  ])
  let turnout: number | null = null
  let myResult: EvaluationView['myResult'] = null
  if (closed) {
    turnout = await countWhere('evaluationTurnout', { campaignId: campaign._id })
    if (isSubject && memberId) myResult = tallyBallots(campaign.subjects, await ballotsOf(campaign._id)).get(memberId) ?? null
  }
  const voted = !!participation
  return {
    id: campaign._id,
    kind: campaign.kind,
    title: campaign.title,
    orgName: campaign.orgName,
    subjects: campaign.subjects.map((s) => ({ ...s, selfAssessment: selves.get(s.personId) ?? null })),
    closesAt: isoOf(campaign.closesAt),
    closed,
    eligible: campaign.eligible,
    voted,
    canVote: !closed && !voted && mayRate(campaign, caller),
    manages: managesOrgPath(caller, campaign.orgPath),
    turnout,
    myResult,
    isSubject,
    mySelfAssessment: isSubject && memberId ? (selves.get(memberId) ?? null) : null,
  }
}
