import { Text } from '@tarojs/components'
import { useState } from 'react'
import { FormField } from '../../../components/FormField'
import { MultiChips } from '../../../shared/ChipGroup'
import { FormNotice } from '../../../shared/FormNotice'
import { Loaded } from '../../../shared/Loaded'
import { idsOf, useRaterChoices } from './useEvaluationDesk'
import '../govern.scss'

interface Props {
  orgId: string | null
  residentIds: string
  partnerUnitIds: string
  onChange: (field: 'residentIds' | 'partnerUnitIds', value: string) => void
  errors: { residentIds?: string; partnerUnitIds?: string }
}

/**
 * 述职评议's raters besides the branch's members: 居民代表 chosen among the residents of the branch's
 * buildings (filtered by name or building), and partner units whose representative the committee named.
 */
export function RaterPicker({ orgId, residentIds, partnerUnitIds, onChange, errors }: Props) {
  const choices = useRaterChoices(orgId, true)
  const [filter, setFilter] = useState('')
  const chosen = idsOf(residentIds)
  return (
    <Loaded state={choices} inline>
      {(data) => {
        const word = filter.trim()
        const shown = data.residents.filter((r) => chosen.includes(r.id) || !word || r.name.includes(word) || r.building.includes(word))
        return (
          <>
            <Text className="hl-govern__muted">{`居民代表（已选 ${chosen.length} 人）：本支部楼栋已登记的居民，投票同样匿名。`}</Text>
            <FormField label="按姓名或楼栋查找居民" value={filter} onChange={setFilter} optional />
            {shown.length ? (
              <MultiChips
                label="居民代表"
                options={shown.slice(0, 40).map((r) => ({ value: r.id, label: `${r.name}（${r.building}）` }))}
                value={chosen}
                onChange={(ids) => onChange('residentIds', ids.join(','))}
              />
            ) : (
              <Text className="hl-govern__muted">没有符合的居民。</Text>
            )}
            <FormNotice message={errors.residentIds ?? null} />
            {data.partners.length ? (
              <MultiChips
                label="共建单位（由单位代表参评）"
                options={data.partners.map((p) => ({ value: p.id, label: `${p.name}（${p.representativeName}）` }))}
                value={idsOf(partnerUnitIds)}
                onChange={(ids) => onChange('partnerUnitIds', ids.join(','))}
              />
            ) : (
              <Text className="hl-govern__muted">还没有指定代表的共建单位（社区党委在共驻共建管理中指定）。</Text>
            )}
            <FormNotice message={errors.partnerUnitIds ?? null} />
          </>
        )
      }}
    </Loaded>
  )
}
