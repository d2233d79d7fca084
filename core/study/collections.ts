import type { CollectionSpec } from '../collections-spec'

/** Collections of the `study` area with their indexes; merged into core/collections.ts. */
export const STUDY_COLLECTIONS = {
  studyMaterials: {
    description: '学习资料（文章、音频、PDF）',
    indexes: [
      {
        name: 'archived_topic_sort',
        fields: [
          ['archived', 'asc'],
          ['topic', 'asc'],
          ['sortKey', 'desc'],
        ],
      },
      {
        name: 'archived_sort',
        fields: [
          ['archived', 'asc'],
          ['sortKey', 'desc'],
        ],
      },
    ],
  },
  studyAssignments: {
    description: '学习资料指派（_id = as:<资料>:<org:支部|member:党员>）',
    indexes: [
      {
        name: 'target',
        fields: [
          ['targetKey', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      { name: 'material', fields: [['materialId', 'asc']] },
    ],
  },
  studyRecords: {
    description: '学习记录（_id = <资料>:<人员>:<北京日期>:<会话>，同一段只记一次）',
    indexes: [
      {
        name: 'person_at',
        fields: [
          ['personId', 'asc'],
          ['at', 'desc'],
        ],
      },
      { name: 'day', fields: [['day', 'asc']] },
    ],
  },
  studyDays: {
    description: '每人每份资料每天已计学习分钟（每日上限的计数器，_id = <人员>:<资料>:<日期>）',
    indexes: [],
  },
  studyTotals: {
    description: '每人每年学习分钟（_id = <人员>:<年份>），其中自学与送学',
    indexes: [{ name: 'year', fields: [['year', 'asc']] }],
  },
  studyProgress: {
    description: '每人每份资料累计学习分钟（_id = <人员>:<资料>）',
    indexes: [
      { name: 'person', fields: [['personId', 'asc']] },
      { name: 'material', fields: [['materialId', 'asc']] },
    ],
  },
  studyDeliveries: {
    description: '结对送学记录（_id = dl:<长辈>:<资料>:<日期>）',
    indexes: [
      {
        name: 'helper_date',
        fields: [
          ['helperId', 'asc'],
          ['date', 'desc'],
        ],
      },
      {
        name: 'elder_date',
        fields: [
          ['elderId', 'asc'],
          ['date', 'desc'],
        ],
      },
      {
        name: 'month',
        fields: [
          ['month', 'asc'],
          ['orgPath', 'asc'],
        ],
      },
    ],
  },
} as const satisfies Record<string, CollectionSpec>
