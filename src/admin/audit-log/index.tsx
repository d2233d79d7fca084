import { ROLE_LABELS } from '@core/roles'
import { RecordRow } from '../../components/RecordRow'
import { PageRoot } from '../../features/elder/PageRoot'
import { describeAuditAction, useAuditLog } from '../../features/roster/useAuditLog'
import { shanghaiTime } from '../../shared/dates'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'

export default function AuditLogPage() {
  const log = useAuditLog()
  usePullToReload(log.reload)
  return (
    <PageRoot>
      <Loaded list={log} empty={{ title: '还没有操作记录', description: '修改花名册、导出完整手机号等操作会记录在这里' }}>
        {(entries) =>
          entries.map((entry) => (
            <RecordRow
              key={entry.id}
              title={describeAuditAction(entry.action)}
              lines={[
                `时间：${shanghaiTime(entry.at, true)}`,
                `操作人：${ROLE_LABELS[entry.actorRole]}（${entry.actorOpenid}）`,
                `对象：${entry.target}`,
                entry.detail ? JSON.stringify(entry.detail) : null,
              ]}
            />
          ))
        }
      </Loaded>
    </PageRoot>
  )
}
