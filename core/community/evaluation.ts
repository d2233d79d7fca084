/**
 * 民主评议: a campaign of one branch. Members rate each subject 优秀/合格/基本合格/不合格; the subjects
 * write a self-assessment. Anonymity by construction:
 * - a ballot (`evaluationBallots`) holds the campaign and the grades only — a random `_id`, no voter,
 *   no time;
 * - that someone voted is recorded apart (`evaluationTurnout`, `_id` = `<campaignId>:<personId>`,
 *   no time either) in the same transaction as the ballot, so each person votes once;
 * - tallies and turnout are computed only once the campaign is closed, and no action returns a ballot.
 *
 * 述职评议 (`report`) is rated by three groups: the org's members, the 居民代表 its creator names, and the
 * representatives of the partner units it includes (each unit's `representativePersonId`, set by the
 * committee). With more than one group, the turnout record and the ballot carry the rater's group —
 * but a ballot carries it only when at least GROUP_MIN − 1 of its group had voted before it (counted
 * from the turnout records). Whoever reads the database knows who voted (that is the turnout), not in
 * which order, so a ballot marked 居民代表 hides among every resident who voted, always ≥ GROUP_MIN;
 * the first ballots of each group carry `group: null` and count in the totals only.
 */
export const EVALUATION_KINDS = ['members', 'report'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]
export const EVALUATION_KIND_LABELS: Record<EvaluationKind, string> = { members: '民主评议党员', report: '书记述职评议' }

export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const
export type Grade = (typeof GRADES)[number]
export const GRADE_LABELS: Record<Grade, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' }

export const RATER_GROUPS = ['members', 'residents', 'partners'] as const
export type RaterGroup = (typeof RATER_GROUPS)[number]
export const RATER_GROUP_LABELS: Record<RaterGroup, string> = { members: '党员', residents: '居民代表', partners: '共建单位代表' }
/** A ballot names its rater's group only once this many of the group have voted (itself included). */
export const GROUP_MIN = 3
export const RESIDENT_RATERS_MAX = 30
export const PARTNER_RATERS_MAX = 20

export const EVALUATION_SUBJECTS_MAX = 80
export const SELF_ASSESSMENT_MAX = 1000
export const EVALUATION_DAYS_MAX = 60

export interface EvaluationSubject {
  personId: string
  name: string
}

/** A 居民代表 named by the campaign's creator (a resident's id: they vote under it). */
export interface ResidentRater {
  personId: string
  name: string
}

/** A partner unit's representative when the campaign opened (their person id: member or resident). */
export interface PartnerRater {
  personId: string
  name: string
  unitId: string
  unitName: string
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
  /** How many people may rate (the branch's members when it opened, plus the named raters). */
  eligible: number
  /** 述职评议: the 居民代表 and partner-unit representatives who rate too (absent: members only). */
  residentRaters?: ResidentRater[]
  partnerRaters?: PartnerRater[]
  /** Person ids of residentRaters and partnerRaters, for listing a rater's campaigns. */
  raterIds?: string[]
  /** How many of each group may rate; more than one key → turnout and ballots carry the group. */
  groupEligible?: Partial<Record<RaterGroup, number>>
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
  /** With several rater groups: which one voted (public: the campaign lists its raters). */
  group?: RaterGroup
}

/**
 * evaluationBallots: random `_id`; nothing about the voter and no time. With several rater groups
 * every ballot of the campaign has `group`: the rater's group, or null for the first GROUP_MIN − 1
 * ballots of each group.
 */
export interface EvaluationBallotDoc {
  _id: string
  campaignId: string
  grades: Record<string, Grade>
  group?: RaterGroup | null
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

/** The rater groups of a campaign, with how many may rate in each. */
export function groupsOf(campaign: Pick<EvaluationCampaignDoc, 'groupEligible' | 'eligible'>): Array<[RaterGroup, number]> {
  const eligible = campaign.groupEligible ?? { members: campaign.eligible }
  return RATER_GROUPS.flatMap((g) => (eligible[g] ? [[g, eligible[g]] as [RaterGroup, number]] : []))
}

/** Whether the turnout and the ballots of a campaign carry the rater's group (more than one group). */
export function recordsGroups(campaign: Pick<EvaluationCampaignDoc, 'groupEligible' | 'eligible'>): boolean {
  return groupsOf(campaign).length > 1
}

/** The group a new ballot carries, given how many of the group had voted before it. */
export function ballotGroup(group: RaterGroup, votedBefore: number): RaterGroup | null {
  return votedBefore + 1 >= GROUP_MIN ? group : null
}
