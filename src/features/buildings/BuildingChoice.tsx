import { Text, View } from '@tarojs/components'
import { BUILDING_NAME_MAX, UNIT_NAME_MAX } from '@core/rules/buildings'
import { FormField } from '../../components/FormField'
import { ChipGroup } from '../../shared/ChipGroup'
import { useBuildings } from './useBuildings'
import './BuildingChoice.scss'

interface FieldProps {
  value: string
  error: string | undefined
  onChange: (value: string) => void
}

/**
 * 楼栋 and 单元 chosen from the community's own list (so a building notice reaches everyone in it,
 * however they would have typed it). Typed only while the committee has listed no building yet, or
 * if the list cannot be loaded (the server then matches what was typed).
 */
export function BuildingChoice({ building, unit }: { building: FieldProps; unit: FieldProps }) {
  const list = useBuildings()
  const items = list.data?.items ?? []
  if (list.loading && !list.data) return <Text className="hl-note">正在加载楼栋…</Text>
  if (!items.length) {
    return (
      <>
        {list.error ? (
          <View className="hl-building__retry" aria-role="button" onClick={() => void list.reload()}>
            <Text>楼栋列表没有加载成功，点这里重试，或直接填写</Text>
          </View>
        ) : null}
        <FormField label="楼栋" placeholder="例如：琼林苑3栋" maxLength={BUILDING_NAME_MAX} {...building} />
        <FormField label="单元" optional placeholder="例如：2单元" maxLength={UNIT_NAME_MAX} {...unit} />
      </>
    )
  }
  const chosen = items.find((item) => item.id === building.value) ?? null
  return (
    <View className="hl-building">
      <ChipGroup
        label="楼栋（请选择）"
        options={items.map((item) => ({ value: item.id, label: item.id }))}
        value={chosen?.id ?? ''}
        onChange={(id) => {
          building.onChange(id)
          // A unit of another building means nothing here: choose again.
          if (!items.find((item) => item.id === id)?.units.includes(unit.value)) unit.onChange('')
        }}
      />
      {building.error ? (
        <Text className="hl-field__error" aria-role="alert">
          ⚠ {building.error}
        </Text>
      ) : null}
      {!chosen && building.value ? <Text className="hl-note">原来填写的“{building.value}”不在社区楼栋列表中，请重新选择。</Text> : null}
      {chosen?.units.length ? (
        <ChipGroup
          label="单元（请选择）"
          options={chosen.units.map((u) => ({ value: u, label: u }))}
          value={unit.value}
          onChange={unit.onChange}
        />
      ) : null}
      {unit.error ? (
        <Text className="hl-field__error" aria-role="alert">
          ⚠ {unit.error}
        </Text>
      ) : null}
    </View>
  )
}
