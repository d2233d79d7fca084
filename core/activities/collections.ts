import type { CollectionSpec } from '../collections-spec'

/** Collections of the `activities` area with their indexes; merged into core/collections.ts. */
export const ACTIVITIES_COLLECTIONS = {
  activities: {
    description: '活动（_id = act-<随机>；名额计数只在事务内变动；候补为 status=waitlisted 的报名）',
    indexes: [
      // Readers' list: published, meant for them, not ended, by start (keyset on startAt + _id).
      {
        name: 'status_audience_start',
        fields: [
          ['status', 'asc'],
          ['audienceKey', 'asc'],
          ['startAt', 'asc'],
        ],
      },
      {
        name: 'status_kind_audience_start',
        fields: [
          ['status', 'asc'],
          ['kind', 'asc'],
          ['audienceKey', 'asc'],
          ['startAt', 'asc'],
        ],
      },
      // Managers' lists and stats: by subtree.
      {
        name: 'scope_start',
        fields: [
          ['scopePath', 'asc'],
          ['startAt', 'desc'],
        ],
      },
      {
        name: 'year_scope',
        fields: [
          ['startYear', 'asc'],
          ['scopePath', 'asc'],
        ],
      },
      {
        name: 'organizer_start',
        fields: [
          ['organizerOpenid', 'asc'],
          ['startAt', 'desc'],
        ],
      },
      // A volunteer team's own activities (its leader's list, the team's hours).
      {
        name: 'team_start',
        fields: [
          ['teamId', 'asc'],
          ['startAt', 'desc'],
        ],
      },
      // The activities a partner unit co-organised (共驻共建).
      {
        name: 'coOrganizer_start',
        fields: [
          ['coOrganizerIds', 'asc'],
          ['startAt', 'desc'],
        ],
      },
    ],
  },
  activitySignUps: {
    description: '活动报名（_id = <活动 id>:<人员 id>，每人每活动一条）',
    indexes: [
      {
        name: 'activity_status',
        fields: [
          ['activityId', 'asc'],
          ['status', 'asc'],
        ],
      },
      // The waitlist in order (first waiting, a place in it): waitlisted sign-ups by signedUpAt + _id.
      {
        name: 'activity_status_signedUp',
        fields: [
          ['activityId', 'asc'],
          ['status', 'asc'],
          ['signedUpAt', 'asc'],
        ],
      },
      {
        name: 'person_status_start',
        fields: [
          ['personId', 'asc'],
          ['status', 'asc'],
          ['activityStartAt', 'asc'],
        ],
      },
      {
        name: 'person_attended_start',
        fields: [
          ['personId', 'asc'],
          ['attended', 'asc'],
          ['activityStartAt', 'desc'],
        ],
      },
    ],
  },
  activityOutbox: {
    description: '活动通知发件箱（_id = <类型>:<活动 id>:…:<人员 id>，重试不重复）',
    indexes: [
      { name: 'createdAt', fields: [['createdAt', 'desc']] },
      {
        name: 'status_createdAt',
        fields: [
          ['status', 'asc'],
          ['createdAt', 'asc'],
        ],
      },
    ],
  },
  activityRecords: {
    description: '三会一课/主题党日会议记录（_id = 活动 id），计入支部年度记录',
    indexes: [
      {
        name: 'org_year',
        fields: [
          ['orgId', 'asc'],
          ['year', 'asc'],
        ],
      },
      {
        name: 'scope_year',
        fields: [
          ['scopePath', 'asc'],
          ['year', 'asc'],
        ],
      },
    ],
  },
  meetingAttendees: {
    description: '三会一课登记：书记标记的实到/送学与党员的请假（_id = 活动 id:党员 id）',
    indexes: [
      {
        name: 'activity_member',
        fields: [
          ['activityId', 'asc'],
          ['memberId', 'asc'],
        ],
      },
      // 首页 待办: undecided leave requests (activities.counts).
      { name: 'leave_status', fields: [['leave.status', 'asc']] },
    ],
  },
  meetingMinutes: {
    description: '签字确认的会议纪要各版本（_id = 活动 id:v版本号，只增不改；更正为新版本并写明原因）',
    indexes: [
      {
        name: 'activity_version',
        fields: [
          ['activityId', 'asc'],
          ['version', 'asc'],
        ],
      },
    ],
  },
} as const satisfies Record<string, CollectionSpec>
