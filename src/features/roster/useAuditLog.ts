import type { AuditLogEntry } from '@core/contract'
import { fetchAuditLog } from '../../services/roster'
import { usePagedList } from '../../shared/usePagedList'

/** 操作记录: the newest admin writes and full-phone exports first, 20 a page. */
export function useAuditLog() {
  return usePagedList<AuditLogEntry>('auditLog', (cursor) => fetchAuditLog(cursor))
}

/** The action names the server records, in words. Unknown ones are shown as recorded. */
const ACTION_WORDS: Record<string, string> = {
  'members.upsert': '新增或修改党员',
  'members.archive': '归档或恢复党员',
  'members.upsertOrg': '新建或调整组织',
  'members.setRole': '设置支部书记',
  'members.importRoster': '导入花名册',
  'members.exportRoster.fullPhones': '导出完整手机号',
  'members.reviewBinding': '审核身份绑定',
  'members.startRelationCheck': '发起组织关系排查',
  'members.confirmRelation': '代为确认组织关系',
  'members.markLostContact': '标记失联',
  'members.setPairing': '设置结对',
  'members.removePairing': '解除结对',
}

export const describeAuditAction = (action: string) => ACTION_WORDS[action] ?? action
