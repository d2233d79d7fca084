import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { BooleanChips, ChipGroup, optionsOf } from '../../shared/ChipGroup'
import { FormField } from '../../components/FormField'
import { OrgPicker } from '../org/OrgPicker'
import type { OrgOption } from '../org/orgOptions'
import { CATEGORY_LABELS, STATUS_LABELS } from './labels'
import type { RosterFilters } from './useRoster'
import './RosterFilterPanel.scss'

const ALL = 'all'
const elderOptions = [
  { value: ALL, label: '全部' },
  { value: 'yes', label: '高龄' },
  { value: 'no', label: '非高龄' },
]

/** A filter by one value of a label table (类别, 状态), or 全部: none. */
function FilterChips<V extends string>(props: {
  label: string
  labels: Record<V, string>
  value: V | undefined
  onChange: (value: V | undefined) => void
}) {
  const options = [{ value: ALL, label: '全部' }, ...optionsOf(props.labels)]
  return (
    <ChipGroup
      label={props.label}
      options={options}
      value={props.value ?? ALL}
      onChange={(v) => props.onChange(v === ALL ? undefined : (v as V))}
    />
  )
}

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
          <FilterChips label="类别" labels={CATEGORY_LABELS} value={value.category} onChange={(category) => set({ category })} />
          <ChipGroup
            label="高龄或行动不便"
            options={elderOptions}
            value={value.elder === undefined ? ALL : value.elder ? 'yes' : 'no'}
            onChange={(v) => set({ elder: v === ALL ? undefined : v === 'yes' })}
          />
          <FilterChips label="状态" labels={STATUS_LABELS} value={value.status} onChange={(status) => set({ status })} />
          <BooleanChips
            label="在册 / 归档"
            yes="已归档"
            no="在册"
            noFirst
            value={Boolean(value.archived)}
            onChange={(archived) => set({ archived })}
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
