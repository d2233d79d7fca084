import type { ActivityKind, MyActivityTab, RequestOf } from '@core/contract'
import { call } from './call'

/** 活动报名 (function `activities`): one typed call per action. */

export const fetchActivities = (kind: ActivityKind | null, cursor?: string) =>
  call('activities', 'list', { ...(kind ? { kind } : {}), ...(cursor ? { cursor } : {}) })
export const fetchActivity = (activityId: string) => call('activities', 'get', { activityId })
export const createActivity = (data: RequestOf<'activities', 'create'>) => call('activities', 'create', data)
export const updateActivity = (data: RequestOf<'activities', 'update'>) => call('activities', 'update', data)
export const cancelActivity = (activityId: string, reason: string) => call('activities', 'cancelActivity', { activityId, reason })
export const fetchManagedActivities = (status: 'upcoming' | 'past' | 'cancelled', cursor?: string) =>
  call('activities', 'manageList', cursor ? { status, cursor } : { status })
/** One volunteer team's activities (its leader's 本队活动). */
export const fetchTeamActivities = (teamId: string, status: 'upcoming' | 'past', cursor?: string) =>
  call('activities', 'manageList', cursor ? { teamId, status, cursor } : { teamId, status })
export const signUpForActivity = (data: RequestOf<'activities', 'signUp'>) => call('activities', 'signUp', data)
/** `forPersonId`: a paired elder (member or resident) the helper cancels for. */
export const cancelSignUp = (activityId: string, forPersonId?: string) =>
  call('activities', 'cancel', forPersonId ? { activityId, forPersonId } : { activityId })
export const fetchMySignUps = (tab: MyActivityTab, cursor?: string) => call('activities', 'mySignUps', cursor ? { tab, cursor } : { tab })
export const fetchCheckInCode = (activityId: string, mode: 'in' | 'out') => call('activities', 'checkInCode', { activityId, mode })
export const checkIn = (data: RequestOf<'activities', 'checkIn'>) => call('activities', 'checkIn', data)
export const checkOut = (data: RequestOf<'activities', 'checkOut'>) => call('activities', 'checkOut', data)
export const fetchAttendance = (activityId: string) => call('activities', 'attendance', { activityId })
export const confirmAttendance = (activityId: string, attendedIds: string[]) =>
  call('activities', 'confirmAttendance', { activityId, attendedIds })
export const recordMinutes = (data: RequestOf<'activities', 'recordMinutes'>) => call('activities', 'recordMinutes', data)
export const fetchActivityStats = (year: number) => call('activities', 'stats', { year })
export const fetchOutbox = (cursor?: string) => call('activities', 'outbox', cursor ? { cursor } : {})
export const sendReminders = () => call('activities', 'sendReminders', {})
export const fetchRegister = (activityId: string) => call('activities', 'register', { activityId })
export const markAttendee = (data: RequestOf<'activities', 'markAttendee'>) => call('activities', 'markAttendee', data)
export const reviewLeave = (data: RequestOf<'activities', 'reviewLeave'>) => call('activities', 'reviewLeave', data)
export const signOffMinutes = (activityId: string) => call('activities', 'signOffMinutes', { activityId })
export const reopenMinutes = (activityId: string, reason: string) => call('activities', 'reopenMinutes', { activityId, reason })
export const fetchMyLeave = (activityId: string) => call('activities', 'myLeave', { activityId })
export const requestLeave = (activityId: string, reason: string) => call('activities', 'requestLeave', { activityId, reason })
export const fetchYearlyRecord = (year: number, orgId?: string) => call('activities', 'yearlyRecord', orgId ? { year, orgId } : { year })
export const exportYearlyRecord = (year: number, orgId?: string) =>
  call('activities', 'exportYearlyRecord', orgId ? { year, orgId } : { year })
export const fetchSubscriptionTemplates = () => call('activities', 'subscriptionTemplates', {})
export const recordSubscription = (data: RequestOf<'activities', 'recordSubscription'>) => call('activities', 'recordSubscription', data)
/** 远程在线党员学习会: the remote option (secretary), the meetings to join remotely, recording attendance (self or for a paired elder). */
export const setMeetingRemote = (data: RequestOf<'activities', 'setRemote'>) => call('activities', 'setRemote', data)
export const fetchRemoteMeetings = (data: RequestOf<'activities', 'remoteMeetings'>) => call('activities', 'remoteMeetings', data)
export const attendRemote = (data: RequestOf<'activities', 'attendRemote'>) => call('activities', 'attendRemote', data)
/** 首页 待办: undecided leave requests (managers). */
export const fetchActivitiesCounts = () => call('activities', 'counts', {})
