import type { GrantKind, HomeVisitKind, NeedStatus, NeedTag, TeamKind, VisitKind } from './constants'

/**
 * Stored documents of the care network. Every record about an elder carries `scopeKeys`: the elder's
 * org path (a member's own; a resident's, their building's Party group) plus `b:<building>`, so the
 * branch, a 党小组长 (their group), a 楼栋长/网格员 (their buildings) and a 党建联络员 (their branches)
 * each find exactly their part with one array match.
 */
/** Where a record about an elder belongs: the elder's fields copied onto each visit and need, so lists filter without a join. */
export interface ElderRecordFields {
  elderId: string
  elderKind: 'member' | 'resident'
  elderName: string
  building: string
  orgPath: string[]
  scopeKeys: string[]
}

export interface CareVisitDoc extends ElderRecordFields {
  /** `visit-<recorder person id>-<requestId>`: a re-sent record is stored once. */
  _id: string
  kind: VisitKind
  homeVisitKind: HomeVisitKind | null
  /** Beijing day of the visit or call. */
  date: string
  /** Notices read to the elder in person (each counts as received, 送达, in the notice's read stats). */
  deliveredNoticeIds: string[]
  deliveredNoticeTitles: string[]
  /** Study material brought or read (free text: 学习材料名). */
  deliveredStudy: string | null
  /** What the elder said: suggestions, how they are. */
  text: string
  /** 两节慰问: 慰问品 and 慰问金 (yuan), and who went along. */
  goods: string | null
  money: number | null
  companions: string[]
  needIds: string[]
  byId: string
  byName: string
  byOpenid: string
  createdAt: Date
}

/** careNeeds: one need or suggestion noted on a visit, followed up until handled or turned into a wish or ticket. */
export interface CareNeedDoc extends ElderRecordFields {
  /** `<visit id>-n<index>`. */
  _id: string
  visitId: string
  text: string
  tags: NeedTag[]
  status: NeedStatus
  /** The wish or ticket it became. */
  linkedId: string | null
  handledNote: string | null
  handledByName: string | null
  handledAt: Date | null
  recordedByName: string
  recordedById: string
  createdAt: Date
  updatedAt: Date
}

/**
 * careProfiles: `_id` = person id. The admin-only 困难 (`hardship`) and 独居 (`livesAlone`) flags, the
 * birthday for 集体生日会 and the last visit. The flags are read only by admin actions; nothing else
 * returns them.
 */
export interface CareProfileDoc {
  _id: string
  personKind: 'member' | 'resident'
  name: string
  building: string
  orgPath: string[]
  scopeKeys: string[]
  hardship: boolean
  livesAlone: boolean
  flagNote: string | null
  /** `MM-DD`, and its month for the month's list. */
  birthday: string | null
  birthMonth: number | null
  lastVisitDate: string | null
  updatedAt: Date
}

/** careGrants: `_id` = `<kind>:<member id>`. A small scope the committee granted (audited). */
export interface CareGrantDoc {
  _id: string
  kind: GrantKind
  memberId: string
  memberName: string
  openid: string
  /** A 党小组长's group; a 党建联络员's branches. */
  orgIds: string[]
  /** A 楼栋长's or 网格员's buildings. */
  buildings: string[]
  active: boolean
  grantedByOpenid: string
  updatedAt: Date
}

/**
 * careResidentPairs: `_id` = resident id. 一对一帮扶 of an elderly resident (not on the Party roster):
 * their helper, a member. One helper per resident; `active: false` once unpaired. Read by
 * _core/pairing, so a helper may act for the resident (redeem for them) only while it is active.
 */
export interface CareResidentPairDoc {
  _id: string
  residentName: string
  building: string
  helperId: string
  helperName: string
  active: boolean
  byOpenid: string
  updatedAt: Date
}

/**
 * careTeams: a volunteer team (志愿服务队, 巡查队, 文艺队 …), kept by the committee. Its leader sees the
 * team's hours and points (`teamStats`); people are members or residents (person ids).
 */
export interface CareTeamDoc {
  _id: string
  name: string
  kind: TeamKind
  leaderId: string
  leaderName: string
  leaderOpenid: string
  memberIds: string[]
  active: boolean
  updatedAt: Date
}
