import { Switch, Text, View } from '@tarojs/components'
import './index.scss'

export interface SwitchRowProps {
  /** The current state in words (已开启 / 已关闭…): never by the switch's colour alone. */
  state: string
  hint: string
  checked: boolean
  onChange: (checked: boolean) => void
  /** What the switch does, for screen readers. */
  label: string
  disabled?: boolean
  /** A name for this particular switch (screens and tests find it by it). */
  className?: string
}

/** A setting that is on or off: its state and a hint at the left, an enlarged switch at the right. */
export function SwitchRow({ state, hint, checked, onChange, label, disabled, className }: SwitchRowProps) {
  return (
    <View className="hl-switch-row">
      <View className="hl-switch-row__text">
        <Text className="hl-switch-row__state">{state}</Text>
        <Text className="hl-note">{hint}</Text>
      </View>
      <View className="hl-switch-row__control">
        <Switch
          className={className ? `hl-switch-row__switch ${className}` : 'hl-switch-row__switch'}
          checked={checked}
          disabled={disabled}
          color="#C8161D"
          aria-label={label}
          onChange={(event) => onChange(event.detail.value)}
        />
      </View>
    </View>
  )
}
