import { ChipGroup } from '../../shared/ChipGroup'
import { Loaded } from '../../shared/Loaded'
import type { useBuildings } from './useBuildings'

/** One building chosen from the community's list (its loading and error states inline). */
export function BuildingChips({
  buildings,
  value,
  onChange,
}: {
  buildings: ReturnType<typeof useBuildings>
  value: string | null
  onChange: (building: string) => void
}) {
  return (
    <Loaded inline state={buildings}>
      {(data) => (
        <ChipGroup label="楼栋" options={data.items.map((b) => ({ value: b.id, label: b.id }))} value={value ?? ''} onChange={onChange} />
      )}
    </Loaded>
  )
}
