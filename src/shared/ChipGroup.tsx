import { Text, View } from '@tarojs/components'
import './ChipGroup.scss'

export interface ChipOption<V extends string> {
  value: V
  label: string
}

/** A row of big choice chips; the chosen one carries a ✓ as well as the colour. */
export function ChipGroup<V extends string>(props: { label: string; options: ChipOption<V>[]; value: V; onChange: (value: V) => void }) {
  return (
    <View className="hl-chips">
      <Text className="hl-chips__label">{props.label}</Text>
      <View className="hl-chips__row" aria-role="radiogroup" aria-label={props.label}>
        {props.options.map((option) => {
          const chosen = option.value === props.value
          return (
            <View
              key={option.value}
              className={chosen ? 'hl-chips__chip hl-chips__chip--on' : 'hl-chips__chip'}
              aria-role="radio"
              aria-checked={chosen}
              onClick={() => props.onChange(option.value)}
            >
              <Text>{chosen ? `✓ ${option.label}` : option.label}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}

/** A yes-or-no choice as two chips, in the order given (`yes` first unless `noFirst`). */
export function BooleanChips(props: {
  label: string
  yes: string
  no: string
  value: boolean
  onChange: (value: boolean) => void
  noFirst?: boolean
}) {
  const yes = { value: 'yes' as const, label: props.yes }
  const no = { value: 'no' as const, label: props.no }
  return (
    <ChipGroup
      label={props.label}
      options={props.noFirst ? [no, yes] : [yes, no]}
      value={props.value ? 'yes' : 'no'}
      onChange={(value) => props.onChange(value === 'yes')}
    />
  )
}

/** Several choices at once (tags, notices handed over): each chip toggles, chosen ones carry a ✓. */
export function MultiChips<V extends string>(props: {
  label: string
  options: ChipOption<V>[]
  value: V[]
  onChange: (value: V[]) => void
}) {
  return (
    <View className="hl-chips">
      <Text className="hl-chips__label">{props.label}</Text>
      <View className="hl-chips__row" aria-role="group" aria-label={props.label}>
        {props.options.map((option) => {
          const chosen = props.value.includes(option.value)
          return (
            <View
              key={option.value}
              className={chosen ? 'hl-chips__chip hl-chips__chip--on' : 'hl-chips__chip'}
              aria-role="checkbox"
              aria-checked={chosen}
              onClick={() => props.onChange(chosen ? props.value.filter((v) => v !== option.value) : [...props.value, option.value])}
            >
              <Text>{chosen ? `✓ ${option.label}` : option.label}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
