import { Picker, Text, View } from '@tarojs/components'
import type { OrgOption } from './orgOptions'
import './OrgPicker.scss'

/** A labelled picker over organisations; `allLabel` adds a first choice meaning "any" (value null). */
export function OrgPicker(props: {
  label: string
  options: OrgOption[]
  value: string | null
  onChange: (id: string | null) => void
  allLabel?: string
}) {
  const choices = props.allLabel ? [{ id: '', label: props.allLabel }, ...props.options] : props.options
  const index = Math.max(
    0,
    choices.findIndex((choice) => choice.id === (props.value ?? '')),
  )
  const current = choices[index]
  return (
    <View className="hl-org-picker">
      <Text className="hl-org-picker__label">{props.label}</Text>
      <Picker
        mode="selector"
        range={choices.map((choice) => choice.label.trim())}
        value={index}
        onChange={(event) => {
          const chosen = choices[Number(event.detail.value)]
          props.onChange(chosen && chosen.id ? chosen.id : null)
        }}
      >
        <View
          className="hl-org-picker__value"
          aria-role="button"
          aria-label={`${props.label}：${current ? current.label.trim() : '请选择'}`}
        >
          <Text>{current ? current.label.trim() : '请选择'}</Text>
          <Text className="hl-org-picker__hint">更换 ▾</Text>
        </View>
      </Picker>
    </View>
  )
}
