/**
 * 民主评议: a campaign of one branch. Members rate each subject 优秀/合格/基本合格/不合格; the subjects
 * write a self-assessment. Anonymity by construction:
 * - a ballot (`evaluationBallots`) holds the campaign and the grades only — a random `_id`, no voter,
 *   no time;
 * - that someone voted is recorded apart (`evaluationTurnout`, `_id` = `<campaignId>:<personId>`,
 *   no time either) in the same transaction as the ballot, so each person votes once;
 * - tallies and turnout are computed only once the campaign is closed, and no action returns a ballot.
 */
export const EVALUATION_KINDS = ['members', 'report'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]
export const EVALUATION_KIND_LABELS: Record<EvaluationKind, string> = { members: '民主评议党员', report: '书记述职评议' }

export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const
export type Grade = (typeof GRADES)[number]
export const GRADE_LABELS: Record<Grade, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' }

export const EVALUATION_SUBJECTS_MAX = 80
export const SELF_ASSESSMENT_MAX = 1000
export const EVALUATION_DAYS_MAX = 60

export interface EvaluationSubject {
  personId: string
  name: string
}

/** evaluationCampaigns: `_id` = `eval-<creator openid>-<requestId>`. */
export interface EvaluationCampaignDoc {
  _id: string
  kind: EvaluationKind
  title: string
  orgId: string
  orgName: string
  /** The branch's path and itself: its members rate, its managers see the results. */
  orgPath: string[]
  subjects: EvaluationSubject[]
  /** How many people may rate (the branch's members when it opened). */
  eligible: number
  status: 'open' | 'closed'
  closesAt: Date
  closedAt: Date | null
  createdByOpenid: string
  createdAt: Date
}

/** evaluationTurnout: `_id` = `<campaignId>:<personId>` — who has voted, never what. */
export interface EvaluationTurnoutDoc {
  _id: string
  campaignId: string
  personId: string
}

/** evaluationBallots: random `_id`; nothing about the voter and no time. */
export interface EvaluationBallotDoc {
  _id: string
  campaignId: string
  grades: Record<string, Grade>
}

/** evaluationSelf: `_id` = `<campaignId>:<personId>` — a subject's own 自评 (not anonymous). */
export interface EvaluationSelfDoc {
  _id: string
  campaignId: string
  personId: string
  text: string
  updatedAt: Date
}

export function turnoutIdOf(campaignId: string, personId: string): string {
  return `${campaignId}:${personId}`
}

/** Closed: closed by the branch, or past its closing time. */
export function campaignClosed(campaign: Pick<EvaluationCampaignDoc, 'status' | 'closesAt'>, now: Date): boolean {
  return campaign.status === 'closed' || new Date(campaign.closesAt).getTime() <= now.getTime()
}

export type GradeCounts = Record<Grade, number>

export function emptyCounts(): GradeCounts {
  return { excellent: 0, qualified: 0, basic: 0, unqualified: 0 }
}

/** Per subject, how many ballots gave each grade. */
export function tallyBallots(subjects: readonly EvaluationSubject[], ballots: ReadonlyArray<Pick<EvaluationBallotDoc, 'grades'>>) {
  const counts = new Map(subjects.map((s) => [s.personId, emptyCounts()]))
  for (const ballot of ballots) {
    for (const [personId, grade] of Object.entries(ballot.grades)) {
      const row = counts.get(personId)
      if (row && grade in row) row[grade]++
    }
  }
  return counts
}
