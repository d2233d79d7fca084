import type { EvaluationView } from '../../../core/contract/govern'
import {
  campaignClosed,
  tallyBallots,
  turnoutIdOf,
  type EvaluationBallotDoc,
  type EvaluationCampaignDoc,
  type EvaluationSelfDoc,
  type RaterGroup,
} from '../../../core/community/evaluation'
import { isoOf } from '../../../core/time'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { countWhere, findAll, findById } from '../../_core/db'
import { personOf } from '../../_core/person'

/**
 * The group the caller rates in, or null: a member of the campaign's org (its whole subtree), else a
 * 居民代表 it names, else a partner unit's representative it includes — by the caller's person id.
 */
export function raterGroupOf(campaign: EvaluationCampaignDoc, caller: Caller): RaterGroup | null {
  if (caller.member?.orgPath.includes(campaign.orgId)) return 'members'
  const personId = personOf(caller)?.id
  if (!personId) return null
  if (campaign.residentRaters?.some((r) => r.personId === personId)) return 'residents'
  if (campaign.partnerRaters?.some((r) => r.personId === personId)) return 'partners'
  return null
}

export function seesCampaign(campaign: EvaluationCampaignDoc, caller: Caller): boolean {
  return raterGroupOf(campaign, caller) !== null || managesOrgPath(caller, campaign.orgPath)
}

export async function selfAssessmentsOf(campaignId: string): Promise<Map<string, string>> {
  const docs = await findAll<EvaluationSelfDoc>('evaluationSelf', { campaignId })
  return new Map(docs.map((doc) => [doc.personId, doc.text]))
}

/** Ballots of a closed campaign — only ever read to count them, never returned. */
export function ballotsOf(campaignId: string): Promise<EvaluationBallotDoc[]> {
  return findAll<EvaluationBallotDoc>('evaluationBallots', { campaignId }, { fields: { grades: true, group: true } })
}

/** The caller's view: no tally and no turnout before the close; after it, their own counts if a subject. */
export async function toEvaluationView(campaign: EvaluationCampaignDoc, caller: Caller, now = new Date()): Promise<EvaluationView> {
  const memberId = caller.member?._id ?? null
  const personId = personOf(caller)?.id ?? null
  const closed = campaignClosed(campaign, now)
  const isSubject = !!memberId && campaign.subjects.some((s) => s.personId === memberId)
  const group = raterGroupOf(campaign, caller)
  const [selves, participation] = await Promise.all([
    selfAssessmentsOf(campaign._id),
    personId ? findById('evaluationTurnout', turnoutIdOf(campaign._id, personId)) : null,
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
    canVote: !closed && !voted && group !== null,
    myGroup: group,
    raterCounts: { residents: campaign.residentRaters?.length ?? 0, partners: campaign.partnerRaters?.length ?? 0 },
    manages: managesOrgPath(caller, campaign.orgPath),
    turnout,
    myResult,
    isSubject,
    mySelfAssessment: isSubject && memberId ? (selves.get(memberId) ?? null) : null,
  }
}
