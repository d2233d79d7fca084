import { Text, View } from '@tarojs/components'
import { AUDIT_AREAS, auditActionLabel, auditDetailLines } from '@core/audit-words'
import { ROLE_LABELS } from '@core/roles'
import { beijingDay } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { DateField } from '../../components/FormField'
import { RecordRow } from '../../components/RecordRow'
import { PageRoot } from '../../features/elder/PageRoot'
import { useAuditLog, type AuditFilter } from '../../features/roster/useAuditLog'
import { ChipGroup } from '../../shared/ChipGroup'
import { shanghaiTime } from '../../shared/dates'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

const AREA_OPTIONS = [{ value: '', label: '全部' }, ...AUDIT_AREAS.map((a) => ({ value: a.prefix.slice(0, -1), label: a.label }))]

/** 操作记录 in words: who (name, role), what, on whom, before → after; by person, kind and days. */
export default function AuditLogPage() {
  const { list, filter, actorName, change, onlyActor } = useAuditLog()
  const today = beijingDay(new Date())
  return (
    <PageRoot>
      <View className="hl-audit__filters">
        <ChipGroup
          label="操作类别"
          options={AREA_OPTIONS}
          value={filter.area ?? ''}
          onChange={(area) => change({ area: (area || undefined) as AuditFilter['area'] })}
        />
        <DateField label="从" value={filter.from ?? ''} display={filter.from ?? '不限'} end={today} onChange={(from) => change({ from })} />
        <DateField label="到" value={filter.to ?? ''} display={filter.to ?? '不限'} end={today} onChange={(to) => change({ to })} />
        {filter.from || filter.to ? (
          <BigButton kind="plain" onClick={() => change({ from: undefined, to: undefined })}>
            清除日期
          </BigButton>
        ) : null}
        {actorName ? (
          <View className="hl-audit__actor">
            <Text>只看「{actorName}」的操作</Text>
            <BigButton kind="plain" onClick={() => onlyActor(null)}>
              看全部人
            </BigButton>
          </View>
        ) : null}
      </View>
      <PageLoaded
        list={list}
        empty={{ title: '没有符合条件的操作记录', description: '修改花名册、调整积分、发布通知等管理操作会记录在这里' }}
      >
        {(entries) =>
          entries.map((entry) => (
            <RecordRow
              key={entry.id}
              title={auditActionLabel(entry.action)}
              lines={[
                `时间：${shanghaiTime(entry.at, true)}`,
                `操作人：${entry.actor.name}（${ROLE_LABELS[entry.actor.role]}）`,
                entry.target ? `对象：${entry.target}` : null,
                entry.person ? `涉及：${entry.person}` : null,
                ...auditDetailLines(entry.detail),
              ]}
              actions={
                actorName ? null : (
                  <BigButton kind="plain" onClick={() => onlyActor(entry.actor)}>
                    {`只看${entry.actor.name}`}
                  </BigButton>
                )
              }
            />
          ))
        }
      </PageLoaded>
    </PageRoot>
  )
}
