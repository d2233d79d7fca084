/**
 * 共驻共建: partner units around the community with their 资源清单 / 需求清单 / 项目清单, projects that
 * match one unit's resource with a need, quarterly 联席会议 records; 在职党员双报到: members employed
 * elsewhere report to the community and claim a service post (岗位认领), hours logged per claim.
 */
export const PARTNER_TYPES = ['机关', '企业', '学校', '部队', '医院', '社会组织', '物业', '其他'] as const
export type PartnerType = (typeof PARTNER_TYPES)[number]
export const PARTNER_LIST_MAX = 10
export const PROJECT_STATUSES = ['planned', 'running', 'done'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = { planned: '筹备中', running: '进行中', done: '已完成' }

/** partnerUnits: `_id` = `unit-<requestId>`. */
export interface PartnerUnitDoc {
  _id: string
  name: string
  type: PartnerType
  contactName: string
  contactPhone: string
  partyOrg: string
  resources: string[]
  needs: string[]
  /**
   * The unit's representative with an account (a member's or a resident's id), set by the committee
   * (audited): who rates for the unit in a 述职评议 that includes it. Absent or null: none yet.
   */
  representativePersonId?: string | null
  representativeName?: string | null
  updatedByOpenid: string
  createdAt: Date
  updatedAt: Date
}

/** partnerProjects: `_id` = `project-<requestId>`; a unit's resource matched with a need. */
export interface PartnerProjectDoc {
  _id: string
  title: string
  unitIds: string[]
  unitNames: string[]
  resource: string
  need: string
  status: ProjectStatus
  activityId: string | null
  createdAt: Date
  updatedAt: Date
}

/** jointMeetings: `_id` = `joint-<quarter>`: one 联席会议 record a quarter. */
export interface JointMeetingDoc {
  _id: string
  quarter: string
  heldOn: string
  attendees: Array<{ name: string; unit: string }>
  minutes: string
  recordedByOpenid: string
  recordedAt: Date
}

/** servicePosts: `_id` = `post-<requestId>`; slots claimed by reporting members. */
export interface ServicePostDoc {
  _id: string
  title: string
  place: string
  slots: number
  claimed: number
  createdAt: Date
}

/** dualReports: `_id` = member id: an 在职党员's 双报到 to the community. */
export interface DualReportDoc {
  _id: string
  memberId: string
  name: string
  workUnit: string
  skills: string
  postId: string | null
  minutes: number
  reportedAt: Date
  updatedAt: Date
}

/** A quarter as `2026Q4`. */
export const QUARTER_PATTERN = /^\d{4}Q[1-4]$/
