import { Text, View } from '@tarojs/components'
import './ChipGroup.scss'

export interface ChipOption<V extends string> {
  value: V
  label: string
}

/** The chips of a label table (value → words), in the table's order. */
export function optionsOf<V extends string>(labels: Record<V, string>): ChipOption<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
}

/** The chips themselves: one row, each a tap target that says whether it is chosen (✓ as well as the colour). */
function Chips<V extends string>(props: {
  label: string
  group: 'radiogroup' | 'group'
  options: ChipOption<V>[]
  chosen: (value: V) => boolean
  onTap: (value: V) => void
}) {
  return (
    <View className="hl-chips">
      <Text className="hl-chips__label">{props.label}</Text>
      <View className="hl-chips__row" aria-role={props.group} aria-label={props.label}>
        {props.options.map((option) => {
          const on = props.chosen(option.value)
          return (
            <View
              key={option.value}
              className={on ? 'hl-chips__chip hl-chips__chip--on' : 'hl-chips__chip'}
              aria-role={props.group === 'radiogroup' ? 'radio' : 'checkbox'}
              aria-checked={on}
              onClick={() => props.onTap(option.value)}
            >
              <Text>{on ? `✓ ${option.label}` : option.label}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}

/** A row of big choice chips; the chosen one carries a ✓ as well as the colour. */
export function ChipGroup<V extends string>(props: { label: string; options: ChipOption<V>[]; value: V; onChange: (value: V) => void }) {
  return <Chips label={props.label} group="radiogroup" options={props.options} chosen={(v) => v === props.value} onTap={props.onChange} />
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
  const toggle = (value: V) =>
    props.onChange(props.value.includes(value) ? props.value.filter((v) => v !== value) : [...props.value, value])
  return <Chips label={props.label} group="group" options={props.options} chosen={(v) => props.value.includes(v)} onTap={toggle} />
}

/** 为谁…: 我自己 (value '') or one of the 结对 elders a helper acts for; nothing when there are none. */
export function ForWhomChips(props: {
  label: string
  elders: Array<{ id: string; name: string }> | null | undefined
  value: string
  onChange: (personId: string) => void
}) {
  if (!props.elders?.length) return null
  const options = [{ value: '', label: '我自己' }, ...props.elders.map((e) => ({ value: e.id, label: e.name }))]
  return <ChipGroup label={props.label} options={options} value={props.value} onChange={props.onChange} />
}
