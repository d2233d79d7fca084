import { ACTIVITY_MAX_CAPACITY, ACTIVITY_MAX_MINUTES, ACTIVITY_MAX_POINTS, type ActivityKind } from '@core/activities/constants'
import type { ActivityDetail, ActivityFields } from '@core/contract/activities'
import type { AudienceKind } from '@core/notices/audience'
import { formatBeijing } from '@core/time'

/** The create/edit form as the organiser fills it: times typed as Beijing 「2026-12-20 09:00」. */
export interface ActivityFormValues {
  kind: ActivityKind
  title: string
  description: string
  coverFileId: string | null
  place: string
  start: string
  end: string
  /** Empty: sign-up opens when published / closes at the start / may be cancelled until the start. */
  signUpOpens: string
  signUpCloses: string
  cancelDeadline: string
  limited: boolean
  capacity: string
  kindOfAudience: AudienceKind
  orgId: string | null
  building: string | null
  points: string
  serviceMinutes: string
  requiresConfirmation: boolean
  /** 主办 team (a team leader's preset, kept on edit) and 协办 partner units. */
  teamId: string | null
  coOrganizerIds: string[]
}

export type ActivityFormErrors = Partial<Record<keyof ActivityFormValues, string>>

export const TIME_EXAMPLE = '2026-12-20 09:00'

/** 「2026-12-20 09:00」 in Beijing time → the UTC instant (ISO), or null when it is not a real time. */
export function parseBeijingTime(text: string): string | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2})[:：](\d{2})$/.exec(text.trim())
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number)
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
  const instant = new Date(Date.UTC(year, month - 1, day, hour - 8, minute))
  // 2月30日 rolls over to March: refuse it rather than guess.
  if (formatBeijing(instant, 'D') !== String(day)) return null
  return instant.toISOString()
}

export const beijingInput = (iso: string | null) => (iso ? formatBeijing(iso, 'YYYY-MM-DD HH:mm') : '')

export function emptyActivityForm(audience: AudienceKind, teamId: string | null = null): ActivityFormValues {
  return {
    kind: 'volunteer',
    title: '',
    description: '',
    coverFileId: null,
    place: '',
    start: '',
    end: '',
    signUpOpens: '',
    signUpCloses: '',
    cancelDeadline: '',
    limited: true,
    capacity: '20',
    kindOfAudience: audience,
    orgId: null,
    building: null,
    points: '0',
    serviceMinutes: '0',
    requiresConfirmation: true,
    teamId,
    coOrganizerIds: [],
  }
}

export function formFromActivity(activity: ActivityDetail): ActivityFormValues {
  return {
    kind: activity.kind,
    title: activity.title,
    description: activity.description,
    coverFileId: activity.coverFileId,
    place: activity.place,
    start: beijingInput(activity.startAt),
    end: beijingInput(activity.endAt),
    signUpOpens: beijingInput(activity.signUpOpensAt),
    signUpCloses: beijingInput(activity.signUpClosesAt),
    cancelDeadline: beijingInput(activity.cancelDeadline),
    limited: activity.capacity !== null,
    capacity: activity.capacity === null ? '' : String(activity.capacity),
    kindOfAudience: activity.audience.kind,
    orgId: activity.audience.orgId,
    building: activity.audience.building,
    points: String(activity.points),
    serviceMinutes: String(activity.serviceMinutes),
    requiresConfirmation: activity.requiresConfirmation,
    teamId: activity.team?.id ?? null,
    coOrganizerIds: activity.coOrganizers.map((unit) => unit.id),
  }
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const value = Number(trimmed)
  return value >= min && value <= max ? value : null
}

/**
 * Checks what the server would refuse, field by field and in words, before sending (the server
 * checks again). `isNew`: a new activity may not start in the past.
 */
export function checkActivityForm(
  form: ActivityFormValues,
  isNew: boolean,
  now = Date.now(),
): { fields: ActivityFields | null; errors: ActivityFormErrors } {
  const errors: ActivityFormErrors = {}
  if (!form.title.trim()) errors.title = '请填写活动名称'
  if (!form.place.trim()) errors.place = '请填写活动地点'
  const timeProblem = `请按「${TIME_EXAMPLE}」的格式填写（北京时间）`
  const startAt = parseBeijingTime(form.start)
  const endAt = parseBeijingTime(form.end)
  if (!startAt) errors.start = timeProblem
  else if (isNew && Date.parse(startAt) <= now) errors.start = '开始时间已经过去了'
  if (!endAt) errors.end = timeProblem
  else if (startAt && Date.parse(endAt) <= Date.parse(startAt)) errors.end = '结束须晚于开始'
  const optional = (key: 'signUpOpens' | 'signUpCloses' | 'cancelDeadline'): string | null => {
    if (!form[key].trim()) return null
    const parsed = parseBeijingTime(form[key])
    if (!parsed) errors[key] = `${timeProblem}，或留空`
    return parsed
  }
  const signUpOpensAt = optional('signUpOpens')
  const signUpClosesAt = optional('signUpCloses')
  const cancelDeadline = optional('cancelDeadline')
  if (startAt && signUpClosesAt && Date.parse(signUpClosesAt) > Date.parse(startAt)) errors.signUpCloses = '报名截止不能晚于活动开始'
  if (startAt && cancelDeadline && Date.parse(cancelDeadline) > Date.parse(startAt)) errors.cancelDeadline = '取消截止不能晚于活动开始'
  const closes = signUpClosesAt ?? startAt
  if (signUpOpensAt && closes && Date.parse(signUpOpensAt) >= Date.parse(closes)) errors.signUpOpens = '报名开始须早于报名截止'
  const capacity = form.limited ? wholeNumber(form.capacity, 1, ACTIVITY_MAX_CAPACITY) : null
  if (form.limited && capacity === null) errors.capacity = `名额须为 1–${ACTIVITY_MAX_CAPACITY} 的整数`
  const points = wholeNumber(form.points, 0, ACTIVITY_MAX_POINTS)
  if (points === null) errors.points = `积分须为 0–${ACTIVITY_MAX_POINTS} 的整数`
  const serviceMinutes = wholeNumber(form.serviceMinutes, 0, ACTIVITY_MAX_MINUTES)
  if (serviceMinutes === null) errors.serviceMinutes = `志愿时长须为 0–${ACTIVITY_MAX_MINUTES} 分钟的整数`
  let audience: ActivityFields['audience'] | null = null
  if (form.kindOfAudience === 'org') {
    if (form.orgId) audience = { kind: 'org', orgId: form.orgId }
    else errors.kindOfAudience = '请选择参加的支部或党小组'
  } else if (form.kindOfAudience === 'building') {
    if (form.building) audience = { kind: 'building', building: form.building }
    else errors.kindOfAudience = '请选择参加的楼栋'
  } else {
    audience = { kind: form.kindOfAudience }
  }
  if (Object.keys(errors).length || !startAt || !endAt || !audience || points === null || serviceMinutes === null)
    return { fields: null, errors }
  return {
    errors,
    fields: {
      kind: form.kind,
      title: form.title.trim(),
      description: form.description.trim(),
      coverFileId: form.coverFileId,
      place: form.place.trim(),
      startAt,
      endAt,
      signUpOpensAt,
      signUpClosesAt,
      cancelDeadline,
      capacity,
      audience,
      points,
      serviceMinutes,
      requiresConfirmation: form.requiresConfirmation,
      teamId: form.teamId,
      coOrganizerIds: form.coOrganizerIds,
    },
  }
}
