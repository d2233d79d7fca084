import type { GrantKind, HomeVisitKind, NeedStatus, NeedTag, VisitKind } from './constants'

/**
 * Stored documents of the care network. Every record about an elder carries `scopeKeys`: the elder's
 * org path (a member's own; a resident's, their building's Party group) plus `b:<building>`, so the
 * branch, a 党小组长 (their group), a 楼栋长/网格员 (their buildings) and a 党建联络员 (their branches)
 * each find exactly their part with one array match.
 */
export interface CareVisitDoc {
  /** `visit-<recorder person id>-<requestId>`: a re-sent record is stored once. */
  _id: string
  elderId: string
  elderKind: 'member' | 'resident'
  elderName: string
  building: string
  orgPath: string[]
  scopeKeys: string[]
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
export interface CareNeedDoc {
  /** `<visit id>-n<index>`. */
  _id: string
  visitId: string
  elderId: string
  elderKind: 'member' | 'resident'
  elderName: string
  building: string
  orgPath: string[]
  scopeKeys: string[]
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
