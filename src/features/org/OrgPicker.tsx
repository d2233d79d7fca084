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
  /** What is wrong with the choice (with a mark, as under any field). */
  error?: string
}) {
  const choices = props.allLabel ? [{ id: '', label: props.allLabel }, ...props.options] : props.options
  const found = choices.findIndex((choice) => choice.id === (props.value ?? ''))
  // Nothing chosen yet shows 请选择, never the first option as if it were chosen.
  const current = found >= 0 ? choices[found] : null
  const index = Math.max(0, found)
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
      {props.error ? (
        <Text className="hl-org-picker__error" aria-role="alert">
          ⚠ {props.error}
        </Text>
      ) : null}
    </View>
  )
}
