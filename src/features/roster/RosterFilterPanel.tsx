import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MemberCategory, MemberStatus } from '@core/roles'
import { BigButton } from '../../components/BigButton'
import { ChipGroup } from '../../shared/ChipGroup'
import { FormField } from '../../components/FormField'
import { OrgPicker } from '../org/OrgPicker'
import type { OrgOption } from '../org/orgOptions'
import { CATEGORY_LABELS, STATUS_LABELS } from './labels'
import type { RosterFilters } from './useRoster'
import './RosterFilterPanel.scss'

const ALL = 'all'
const categoryOptions = [{ value: ALL, label: '全部' }, ...Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }))]
const statusOptions = [{ value: ALL, label: '全部' }, ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))]
const elderOptions = [
  { value: ALL, label: '全部' },
  { value: 'yes', label: '高龄' },
  { value: 'no', label: '非高龄' },
]
const archivedOptions = [
  { value: 'no', label: '在册' },
  { value: 'yes', label: '已归档' },
]

/** 花名册 search and filters: the name box is always there, the rest opens under 筛选. */
export function RosterFilterPanel({
  value,
  onChange,
  orgs,
}: {
  value: RosterFilters
  onChange: (next: RosterFilters) => void
  orgs: OrgOption[]
}) {
  const [query, setQuery] = useState(value.query ?? '')
  const [open, setOpen] = useState(false)
  const set = (patch: Partial<RosterFilters>) => onChange({ ...value, ...patch })
  const active =
    [value.orgId, value.category, value.elder, value.status].filter((item) => item !== undefined).length + (value.archived ? 1 : 0)

  return (
    <View className="hl-roster-filter">
      <View className="hl-roster-filter__search">
        <View className="hl-roster-filter__box">
          <FormField
            label="按姓名查找"
            value={query}
            onChange={setQuery}
            placeholder="输入姓名中的字"
            maxLength={20}
            onConfirm={() => set({ query: query.trim() || undefined })}
          />
        </View>
        <BigButton onClick={() => set({ query: query.trim() || undefined })}>搜索</BigButton>
      </View>
      <View className="hl-roster-filter__toggle" aria-role="button" onClick={() => setOpen(!open)}>
        <Text>{open ? '收起筛选 ▴' : `筛选条件${active ? `（已选 ${active} 项）` : ''} ▾`}</Text>
      </View>
      {open ? (
        <View>
          <OrgPicker
            label="支部 / 党小组"
            options={orgs}
            value={value.orgId ?? null}
            allLabel="全部（我管理的范围）"
            onChange={(orgId) => set({ orgId: orgId ?? undefined })}
          />
          <ChipGroup
            label="类别"
            options={categoryOptions}
            value={value.category ?? ALL}
            onChange={(v) => set({ category: v === ALL ? undefined : (v as MemberCategory) })}
          />
          <ChipGroup
            label="高龄或行动不便"
            options={elderOptions}
            value={value.elder === undefined ? ALL : value.elder ? 'yes' : 'no'}
            onChange={(v) => set({ elder: v === ALL ? undefined : v === 'yes' })}
          />
          <ChipGroup
            label="状态"
            options={statusOptions}
            value={value.status ?? ALL}
            onChange={(v) => set({ status: v === ALL ? undefined : (v as MemberStatus) })}
          />
          <ChipGroup
            label="在册 / 归档"
            options={archivedOptions}
            value={value.archived ? 'yes' : 'no'}
            onChange={(v) => set({ archived: v === 'yes' })}
          />
          {active ? (
            <BigButton kind="plain" onClick={() => onChange({ query: value.query })}>
              清除筛选
            </BigButton>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
