import type { CollectionSpec } from '../collections-spec'

/** Collections of 议事协商 · 民主评议 · 共驻共建 (merged into COMMUNITY_COLLECTIONS). */
export const GOVERN_COLLECTIONS = {
  topics: {
    description: '议事协商议题（_id = topic-<发起人>-<请求编号>）',
    indexes: [
      {
        name: 'audience_created',
        fields: [
          ['audienceKey', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        name: 'scope_created',
        fields: [
          ['scopePath', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  topicVotes: {
    description: '议题投票（_id = vote:<议题>:<人>，每人每题一票）',
    indexes: [{ name: 'topic', fields: [['topicId', 'asc']] }],
  },
  topicTallies: {
    description: '议题计票分片（_id = <议题>#<分片>，读时相加）',
    indexes: [{ name: 'topic', fields: [['topicId', 'asc']] }],
  },
  topicSupports: { description: '居民提议的联名（_id = support:<议题>:<人>）', indexes: [{ name: 'topic', fields: [['topicId', 'asc']] }] },
  topicComments: {
    description: '议题评论（_id = comment-<人>-<请求编号>），可由支部隐藏并注明原因',
    indexes: [
      {
        name: 'topic_created',
        fields: [
          ['topicId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  evaluationCampaigns: {
    description: '民主评议（_id = eval-<发起人>-<请求编号>）',
    indexes: [
      {
        name: 'orgPath_created',
        fields: [
          ['orgPath', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        name: 'raterIds_created',
        fields: [
          ['raterIds', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  evaluationTurnout: {
    description: '评议参与记录（_id = <评议>:<人>，只记是否已投，不记投了什么）',
    indexes: [
      { name: 'campaign', fields: [['campaignId', 'asc']] },
      {
        name: 'campaign_group',
        fields: [
          ['campaignId', 'asc'],
          ['group', 'asc'],
        ],
      },
    ],
  },
  evaluationBallots: {
    description: '评议选票（随机 _id，不含投票人和时间）',
    indexes: [{ name: 'campaign', fields: [['campaignId', 'asc']] }],
  },
  evaluationSelf: { description: '评议对象的自评（_id = <评议>:<人>）', indexes: [{ name: 'campaign', fields: [['campaignId', 'asc']] }] },
  partnerUnits: { description: '共驻共建单位及其资源、需求清单', indexes: [{ name: 'name', fields: [['name', 'asc']] }] },
  partnerProjects: { description: '共建项目（资源与需求的对接）', indexes: [{ name: 'updated', fields: [['updatedAt', 'desc']] }] },
  jointMeetings: { description: '党建联席会议记录（_id = joint-<季度>）', indexes: [{ name: 'quarter', fields: [['quarter', 'desc']] }] },
  servicePosts: { description: '在职党员服务岗位', indexes: [{ name: 'created', fields: [['createdAt', 'desc']] }] },
  postHours: {
    description: '岗位服务时长登记（_id = hours-<党员>-<请求编号>，重复提交只记一次）',
    indexes: [{ name: 'member', fields: [['memberId', 'asc']] }],
  },
  dualReports: {
    description: '在职党员双报到（_id = 党员 id）及岗位认领、服务时长',
    indexes: [{ name: 'reported', fields: [['reportedAt', 'desc']] }],
  },
} as const satisfies Record<string, CollectionSpec>
