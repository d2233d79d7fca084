import { Input, Text, View } from '@tarojs/components'
import './index.scss'

export interface FormFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** What goes wrong with this field, said in words (with a mark, never by colour alone). */
  error?: string | null
  hint?: string
  optional?: boolean
  /** `number` brings up the digit keyboard (phone numbers). */
  type?: 'text' | 'number'
  maxLength?: number
  /** The keyboard's 完成/搜索 key (e.g. to search from a search box). */
  onConfirm?: () => void
}

/** One labelled input of a short form, large enough for elders, with its own error line. */
export function FormField({
  label,
  value,
  onChange,
  placeholder,
  error,
  hint,
  optional,
  type = 'text',
  maxLength = 40,
  onConfirm,
}: FormFieldProps) {
  return (
    <View className="hl-field">
      <Text className="hl-field__label">
        {label}
        {optional ? <Text className="hl-field__optional">（选填）</Text> : null}
      </Text>
      <Input
        className={error ? 'hl-field__input hl-field__input--error' : 'hl-field__input'}
        value={value}
        type={type}
        maxlength={maxLength}
        placeholder={placeholder}
        placeholderClass="hl-field__placeholder"
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={onConfirm}
      />
      {error ? (
        <Text className="hl-field__error" aria-role="alert">
          ⚠ {error}
        </Text>
      ) : hint ? (
        <Text className="hl-field__hint">{hint}</Text>
      ) : null}
    </View>
  )
}
