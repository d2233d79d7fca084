import type { Paragraph } from '../notices/rich-text'
import type { DeliveryMethod, MaterialKind, StudyTopic } from './rules'

export interface StudyMaterialDoc {
  _id: string
  title: string
  kind: MaterialKind
  topic: StudyTopic
  summary: string
  body: Paragraph[]
  audioFileId: string | null
  pdfFileId: string | null
  durationMinutes: number
  archived: boolean
  /** `<createdAt ISO>|<id>`: newest first (descending). */
  sortKey: string
  version: number
  createdAt: Date
  updatedAt: Date
}

export interface StudyAssignmentDoc {
  _id: string
  materialId: string
  /** `org:<id>` (everyone in that subtree) or `member:<id>`. */
  targetKey: string
  targetKind: 'org' | 'member'
  targetId: string
  targetName: string
  /** The org path the assignment lies in (for managers' scope). */
  scopePath: string[]
  dueDate: string
  assignedByOpenid: string
  at: Date
}

export interface StudyRecordDoc {
  _id: string
  personId: string
  materialId: string
  materialTitle: string
  day: string
  year: number
  /** Minutes that counted (after the daily cap). */
  minutes: number
  requestedMinutes: number
  source: 'self' | 'delivery'
  deliveryId: string | null
  deliveredByName: string | null
  method: DeliveryMethod | null
  at: Date
}

export interface StudyDayDoc {
  _id: string
  minutes: number
}

export interface StudyTotalDoc {
  _id: string
  personId: string
  year: number
  minutes: number
  /** Of `minutes`: studied by the person (self) and delivered by a helper (送学). Absent on totals from before the split: all self. */
  selfMinutes?: number
  deliveryMinutes?: number
  /** Of `minutes`: studied remotely (a 远程在线党员学习会 attended by phone or video, a 远程 delivery). Absent: none. */
  remoteMinutes?: number
}

export interface StudyProgressDoc {
  _id: string
  personId: string
  materialId: string
  minutes: number
  /** The Beijing day the first minutes of it counted (to judge "by the due date"); absent on progress from before. */
  firstDay?: string
}

export interface StudyDeliveryDoc {
  _id: string
  elderId: string
  elderName: string
  /** The elder's org path (for the secretary's view). */
  orgPath: string[]
  helperId: string
  helperName: string
  materialId: string
  materialTitle: string
  date: string
  month: string
  method: DeliveryMethod
  minutes: number
  credited: number
  photoFileId: string | null
  at: Date
}
