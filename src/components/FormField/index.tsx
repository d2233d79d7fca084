import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

/**
 * Room for a few more digits than a phone number has: a 12th digit typed by mistake stays visible and
 * is refused (手机号应为 11 位数字), instead of the box silently cutting it to a different number.
 */
export const PHONE_INPUT_MAX = 15

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

/** The label above a field and its error (with a mark, never by colour alone) or hint below. */
function Field(props: {
  label: string
  hideLabel?: boolean
  optional?: boolean
  error?: string | null
  hint?: string
  children: ReactNode
}) {
  return (
    <View className="hl-field">
      {props.hideLabel ? null : (
        <Text className="hl-field__label">
          {props.label}
          {props.optional ? <Text className="hl-field__optional">（选填）</Text> : null}
        </Text>
      )}
      {props.children}
      {props.error ? (
        <Text className="hl-field__error" aria-role="alert">
          ⚠ {props.error}
        </Text>
      ) : props.hint ? (
        <Text className="hl-field__hint">{props.hint}</Text>
      ) : null}
    </View>
  )
}

/** One labelled input of a short form, large enough for elders, with its own error line. */
export function FormField(props: FormFieldProps) {
  const { type = 'text', maxLength = 40 } = props
  return (
    <Field {...props}>
      <Input
        className={props.error ? 'hl-field__input hl-field__input--error' : 'hl-field__input'}
        value={props.value}
        type={type}
        maxlength={maxLength}
        placeholder={props.placeholder}
        placeholderClass="hl-field__placeholder"
        aria-label={props.label}
        onInput={(event) => props.onChange(event.detail.value)}
        onConfirm={props.onConfirm}
      />
    </Field>
  )
}

export interface TextAreaFieldProps extends Pick<
  FormFieldProps,
  'label' | 'value' | 'onChange' | 'placeholder' | 'error' | 'hint' | 'optional'
> {
  maxLength: number
  /** The card's title already says what this is: the label is only for screen readers. */
  hideLabel?: boolean
  /** short: a reason of a line or two; long (default): a body of text that grows as it is typed. */
  size?: 'short' | 'long'
}

/** A labelled box for longer text (正文, 会议纪要, 取消原因), with the same error and hint lines. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { size = 'long' } = props
  const className = ['hl-field__textarea', size === 'short' ? 'hl-field__textarea--short' : '', props.error ? 'hl-field__input--error' : '']
  return (
    <Field {...props}>
      <Textarea
        className={className.filter(Boolean).join(' ')}
        value={props.value}
        maxlength={props.maxLength}
        autoHeight={size === 'long'}
        aria-label={props.label}
        placeholder={props.placeholder}
        onInput={(event) => props.onChange(event.detail.value)}
      />
      <Text className="hl-field__counter">
        已输入 {props.value.length}/{props.maxLength} 字
      </Text>
    </Field>
  )
}

export interface DateFieldProps {
  label: string
  /** YYYY-MM-DD */
  value: string
  onChange: (value: string) => void
  /** The earliest and latest day that may be chosen (YYYY-MM-DD). */
  start?: string
  end?: string
  /** How the chosen day reads (e.g. 「2026-12-20（今天）」); the date itself by default. */
  display?: string
}

/** A labelled day, chosen with the platform's date picker (a big row that says 更换 ▾). */
export function DateField({ label, value, onChange, start, end, display }: DateFieldProps) {
  return (
    <Field label={label}>
      <Picker mode="date" value={value} start={start} end={end} onChange={(event) => onChange(String(event.detail.value))}>
        <View className="hl-field__date" aria-role="button">
          <Text>{display ?? value}</Text>
          <Text className="hl-field__hint">更换 ▾</Text>
        </View>
      </Picker>
    </Field>
  )
}

/** A day that has come (走访日期, 送学日期): at the latest `today`, which reads 「…（今天）」. */
export function PastDateField({ label, value, today, onChange }: Pick<DateFieldProps, 'label' | 'value' | 'onChange'> & { today: string }) {
  return <DateField label={label} value={value} end={today} display={value === today ? `${value}（今天）` : value} onChange={onChange} />
}

export interface DateTimeFieldProps extends Pick<FormFieldProps, 'label' | 'error' | 'hint' | 'optional' | 'placeholder'> {
  /** Beijing time as 「YYYY-MM-DD HH:mm」 (what the form keeps); empty while not chosen. */
  value: string
  onChange: (value: string) => void
  /** The day the date picker opens on while nothing is chosen (YYYY-MM-DD, Beijing). */
  today: string
}

/** The date and the time of a 「YYYY-MM-DD HH:mm」 value (either may be missing or half-typed). */
function partsOf(value: string): { day: string | null; time: string | null } {
  const match = /^(\d{4}-\d{2}-\d{2})?\s*(\d{1,2}:\d{2})?$/.exec(value.trim())
  return { day: match?.[1] ?? null, time: match?.[2] ?? null }
}

/**
 * A Beijing date and time, chosen with WeChat's own pickers (日期 and 时间, the platform's wheels)
 * or typed as 「2026-12-20 09:00」. Choosing a day keeps the time (09:00 until one is chosen).
 */
export function DateTimeField({ label, value, onChange, today, error, hint, optional, placeholder }: DateTimeFieldProps) {
  const { day, time } = partsOf(value)
  return (
    <Field label={label} optional={optional} error={error} hint={hint}>
      <Input
        className={error ? 'hl-field__input hl-field__input--error' : 'hl-field__input'}
        value={value}
        maxlength={16}
        placeholder={placeholder}
        placeholderClass="hl-field__placeholder"
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
      />
      <View className="hl-field__pickers">
        <Picker mode="date" value={day ?? today} onChange={(event) => onChange(`${String(event.detail.value)} ${time ?? '09:00'}`)}>
          <View className="hl-field__date" aria-role="button" aria-label={`${label}：选日期`}>
            <Text>{day ?? '选日期'}</Text>
            <Text className="hl-field__hint">▾</Text>
          </View>
        </Picker>
        <Picker mode="time" value={time ?? '09:00'} onChange={(event) => onChange(`${day ?? today} ${String(event.detail.value)}`)}>
          <View className="hl-field__date" aria-role="button" aria-label={`${label}：选时间`}>
            <Text>{time ?? '选时间'}</Text>
            <Text className="hl-field__hint">▾</Text>
          </View>
        </Picker>
        {optional && value ? (
          <View className="hl-field__date hl-field__clear" aria-role="button" onClick={() => onChange('')}>
            <Text>清除</Text>
          </View>
        ) : null}
      </View>
    </Field>
  )
}
