/**
 * 操作记录 in plain Chinese: what each recorded action is called and how its detail reads. The server
 * records action codes (`points.adjust`) and a small detail object; these turn them into words for
 * the committee and secretaries — never an id, an openid or JSON.
 */

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'members.upsert': '新增或修改党员',
  'members.archive': '归档党员',
  'members.restore': '恢复党员',
  'members.upsertOrg': '新建或调整组织',
  'members.upsertBuilding': '新增或修改楼栋',
  'members.migrateBuildings': '整理手写楼栋',
  'members.grantSecretary': '设置支部书记',
  'members.revokeSecretary': '撤销支部书记',
  'members.importRoster': '导入花名册',
  'members.exportRoster.fullPhones': '导出完整手机号',
  'members.reviewBinding': '审核身份绑定',
  'members.startRelationCheck': '发起组织关系排查',
  'members.confirmRelation': '代为确认组织关系',
  'members.markLostContact': '标记或取消失联',
  'members.setPairing': '设置结对',
  'members.removePairing': '解除结对',
  'members.setupFirstAdmin': '成为首位社区党委管理员',
  'activities.create': '发布活动',
  'activities.update': '修改活动',
  'activities.cancelActivity': '取消活动',
  'activities.manualCheckIn': '代为签到',
  'activities.manualCheckOut': '代为签退',
  'activities.confirmAttendance': '确认出勤',
  'activities.recordMinutes': '记录会议纪要',
  'points.adjust': '调整积分',
  'points.approveAdjustment': '审批积分调整',
  'points.withdrawAdjustment': '撤回积分调整',
  'points.reviewGoodDeed': '审核日行一善',
  'points.upsertReward': '修改兑换物品',
  'points.upsertCategory': '修改积分类别',
  'points.updateSettings': '修改道德银行设置',
  'points.fulfil': '核销兑换订单',
  'points.expireOrders': '退回过期订单',
  'points.reconcile': '积分对账',
  'stats.refreshStats': '重算每月统计',
  'notices.publish': '发布通知',
  'notices.update': '修改通知',
  'notices.withdraw': '撤回通知',
  'study.upsertMaterial': '新增或修改学习资料',
  'study.assign': '指派学习资料',
}

/** The areas the log can be filtered by, each the prefix of its actions. */
export const AUDIT_AREAS = [
  { prefix: 'members.', label: '花名册与组织' },
  { prefix: 'activities.', label: '活动' },
  { prefix: 'points.', label: '道德银行' },
  { prefix: 'notices.', label: '通知' },
  { prefix: 'study.', label: '学习' },
] as const

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? '其他操作'
}

const KEY_LABELS: Record<string, string> = {
  name: '名称',
  title: '标题',
  units: '单元',
  fields: '修改了',
  reason: '原因',
  decision: '结果',
  amount: '积分',
  points: '积分',
  price: '所需积分',
  stockChange: '库存变化',
  status: '状态',
  active: '启用',
  lost: '失联',
  attended: '出勤人数',
  credited: '发放人数',
  attendeeCount: '参会人数',
  photos: '照片数',
  rows: '行数',
  new: '新增',
  changed: '修改',
  written: '写入',
  conflicts: '冲突',
  invalid: '有误',
  expired: '退回订单数',
  quantity: '数量',
  pickupCode: '取货码',
  adjustThreshold: '审批阈值',
  committeeCreated: '新建社区党委',
  accounts: '账户数',
  differences: '差异数',
  ok: '对账结果',
}

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  birthYear: '出生年份',
  phone: '手机号',
  category: '类别',
  elder: '高龄',
  status: '状态',
  orgId: '所在支部',
  building: '楼栋',
  unit: '单元',
  joinedPartyYear: '入党年份',
  title: '标题',
  startAt: '开始时间',
  endAt: '结束时间',
  place: '地点',
}

const VALUE_WORDS: Record<string, string> = {
  create: '新增',
  edit: '修改',
  update: '修改',
  rename: '改名',
  move: '调整上级',
  approve: '通过',
  reject: '驳回',
  approved: '已批准',
  rejected: '已驳回',
  pending: '待批准',
  applied: '直接生效',
}

/** Keys that hold ids (shown through the resolved names instead) or bookkeeping. */
const HIDDEN_KEYS = new Set([
  'kind',
  'personId',
  'orgId',
  'parentId',
  'memberId',
  'rewardId',
  'checkId',
  'committeeId',
  'version',
  'matched',
])

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）'
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return VALUE_WORDS[value] ?? value
  if (Array.isArray(value)) return value.length ? value.map((v) => FIELD_LABELS[String(v)] ?? valueText(v)).join('、') : '（无）'
  return ''
}

/** before → after of each key that changed, e.g. 「单元：1单元、2单元 → 1单元、2单元、3单元」. */
function changeLines(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after)
    .filter((key) => !HIDDEN_KEYS.has(key) && valueText(before?.[key]) !== valueText(after[key]))
    .map((key) => `${KEY_LABELS[key] ?? FIELD_LABELS[key] ?? key}：${before ? `${valueText(before[key])} → ` : ''}${valueText(after[key])}`)
}

/** The detail of one entry as lines of words. */
export function auditDetailLines(detail: Record<string, unknown> | null): string[] {
  if (!detail) return []
  const lines: string[] = []
  if (typeof detail.kind === 'string' && VALUE_WORDS[detail.kind]) lines.push(`方式：${VALUE_WORDS[detail.kind]}`)
  const after = detail.after && typeof detail.after === 'object' ? (detail.after as Record<string, unknown>) : null
  const before = detail.before && typeof detail.before === 'object' ? (detail.before as Record<string, unknown>) : null
  if (after) lines.push(...changeLines(before, after))
  if (Array.isArray(detail.matched)) {
    for (const m of detail.matched as Array<{ from?: unknown; to?: unknown; records?: unknown }>) {
      lines.push(`“${String(m.from)}” → ${String(m.to)}（${String(m.records)} 条）`)
    }
  }
  for (const [key, value] of Object.entries(detail)) {
    if (
      HIDDEN_KEYS.has(key) ||
      key === 'before' ||
      key === 'after' ||
      (typeof value === 'object' && value !== null && !Array.isArray(value))
    )
      continue
    const label = KEY_LABELS[key] ?? FIELD_LABELS[key]
    if (!label) continue
    const text = key === 'amount' && typeof value === 'number' && value > 0 ? `+${value}` : valueText(value)
    lines.push(`${label}：${text}`)
  }
  return lines
}
