import { Text } from '@tarojs/components'
import { ACTIVITY_CO_ORGANIZERS_MAX } from '@core/activities/constants'
import { usePartners } from '../../govern/usePartners'
import { MultiChips } from '../../../shared/ChipGroup'

/**
 * 协办单位: choose up to five of the community's registered partner units (共驻共建), listed by
 * community.partnerUnits. The function checks again that each one exists.
 */
export function CoOrganizerPicker({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const partners = usePartners()
  if (partners.error) return <Text className="hl-note">共建单位没有加载成功：{partners.error.message}（下拉可重试）</Text>
  if (!partners.data) return <Text className="hl-note">正在加载共建单位…</Text>
  const units = partners.data.items
  if (!units.length) return <Text className="hl-note">社区还没有登记共建单位（共驻共建管理中登记后可选）。</Text>
  const full = value.length >= ACTIVITY_CO_ORGANIZERS_MAX
  return (
    <>
      <MultiChips
        label="协办的共建单位（可不选）"
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        value={value}
        onChange={(ids) => onChange(ids.length > ACTIVITY_CO_ORGANIZERS_MAX ? value : ids)}
      />
      <Text className="hl-note">
        {full ? `最多 ${ACTIVITY_CO_ORGANIZERS_MAX} 个协办单位，已选满` : `最多 ${ACTIVITY_CO_ORGANIZERS_MAX} 个；活动页显示为「协办」`}
      </Text>
    </>
  )
}
