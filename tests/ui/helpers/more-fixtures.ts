import type { ActivityDetail, ActivityListItem, BindingRequestView, MeResponse, MyBindingRequest, SignUpView } from '@core/contract'
import { memberMe, visitorMe } from './fixtures'
import { builder } from './builder'

export const pendingRequest: MyBindingRequest = {
  id: 'bind:visitor-abc',
  status: 'pending',
  name: '贺国华',
  phoneMasked: '139****0015',
  reason: null,
  requestedAt: '2025-03-01T02:00:00.000Z',
  reviewedAt: null,
}

export const visitorWithPendingRequest: MeResponse = { ...visitorMe, bindingRequest: pendingRequest }

export const visitorRejected: MeResponse = {
  ...visitorMe,
  bindingRequest: { ...pendingRequest, status: 'rejected', reason: '手机号与花名册不一致', reviewedAt: '2025-03-02T02:00:00.000Z' },
}

export const residentMe: MeResponse = {
  ...visitorMe,
  role: 'resident',
  person: { name: '赵丽娜', phoneMasked: '139****5000', building: '琼林苑3栋', unit: '2单元' },
}

export const helperMe: MeResponse = {
  ...memberMe,
  person: { name: '张晓东', phoneMasked: '138****0001', building: '琼林苑4栋', unit: '1单元' },
  member: { id: 'm-member', category: 'employed', elder: false, status: 'normal' },
  pairing: { helper: null, elderCount: 2 },
  pendingRelationCheck: { checkId: 'check-1', title: '2025 年组织关系排查', startedAt: '2025-03-01T00:00:00.000Z' },
}

export const secretaryMe: MeResponse = {
  ...memberMe,
  role: 'secretary',
  person: { name: '刘秀英', phoneMasked: '138****0002', building: '琼林苑3栋', unit: '2单元' },
  member: { id: 'm-secretary', category: 'retired', elder: false, status: 'normal' },
  scope: { id: 'org-b1', name: '第一党支部（琼林苑）', level: 'branch' },
  pairing: null,
}

export const bindingRequestView = builder<BindingRequestView>(() => ({
  id: 'bind:visitor-abc',
  status: 'pending',
  name: '贺国华',
  phone: '13900000015',
  memberId: 'm-0015',
  memberName: '贺国华',
  org: { id: 'org-b1-g2', name: '琼林苑3-4栋党小组', level: 'group' },
  requestedAt: '2025-03-01T02:00:00.000Z',
  reviewedAt: null,
  reason: null,
}))

/** An activity as lists show it: 2099-12-20 09:00–11:00 Beijing (always in the future), 17 of 20 seats taken. */
export const activityItem = builder<ActivityListItem>(() => ({
  id: 'act-1',
  kind: 'volunteer',
  title: '琼林苑环境清洁',
  place: '琼林苑北门',
  startAt: '2099-12-20T01:00:00.000Z',
  endAt: '2099-12-20T03:00:00.000Z',
  coverFileId: null,
  capacity: 20,
  confirmedCount: 17,
  seatsLeft: 3,
  waitlistCount: 0,
  points: 10,
  serviceMinutes: 60,
  status: 'published',
  myStatus: null,
  audience: { kind: 'all', orgId: null, building: null, label: '全体居民' },
  team: null,
  coOrganizers: [],
}))

/** 2099-12-20 09:00–11:00 Beijing: always in the future. */
export const activityDetail = builder<ActivityDetail>(() => ({
  ...activityItem({ serviceMinutes: 120 }),
  description: '请带手套。',
  signUpOpensAt: null,
  signUpClosesAt: null,
  cancelDeadline: '2099-12-20T00:00:00.000Z',
  requiresConfirmation: true,
  cancelReason: null,
  organizerName: '刘秀英',
  canSignUp: true,
  signUpBlockedBy: null,
  mySignUp: null,
  elders: [],
  canManage: false,
  attendanceConfirmedAt: null,
  version: 1,
}))

export const signUpView = builder<SignUpView>(() => ({
  id: 'act-1:r-0001',
  activityId: 'act-1',
  personId: 'r-0001',
  personName: '赵丽娜',
  status: 'confirmed',
  waitlistPosition: null,
  actedByName: null,
  remind: true,
  signedUpAt: '2099-12-01T02:00:00.000Z',
  checkedInAt: null,
  checkedOutAt: null,
  attended: false,
  creditedMinutes: 0,
  creditedPoints: 0,
}))
