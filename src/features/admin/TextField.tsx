import { Input, Text, View } from '@tarojs/components'
import './TextField.scss'

/** A labelled, large text box; the problem (if any) is written under it, not only shown in red. */
export function TextField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  type?: 'text' | 'number'
  maxlength?: number
  error?: string | null
  onConfirm?: () => void
}) {
  return (
    <View className='hl-field'>
      <Text className='hl-field__label'>{props.label}</Text>
      <Input
        className={props.error ? 'hl-field__input hl-field__input--bad' : 'hl-field__input'}
        value={props.value}
        type={props.type ?? 'text'}
        maxlength={props.maxlength ?? 40}
        placeholder={props.placeholder}
        aria-label={props.label}
        onInput={(event) => props.onChange(event.detail.value)}
        onConfirm={props.onConfirm}
      />
      {props.error ? <Text className='hl-field__error'>⚠ {props.error}</Text> : null}
    </View>
  )
}
