/**
 * The shared @tarojs/components mock plus Input, for form tests. Use in a test file with
 *   jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
 * Input → <input> (and Textarea → <textarea>), firing Taro's `onInput({ detail: { value } })`; its label is `aria-label`.
 */
import { createElement, type ReactNode } from 'react'

// The shared mock is itself what `@tarojs/components` maps to, so it is required unmocked here.
const shared = jest.requireActual<typeof import('../mocks/taro-components')>('../mocks/taro-components')
export const { View, Text, ScrollView, Button, Image, Switch } = shared

interface InputProps {
  value?: string
  placeholder?: string
  className?: string
  disabled?: boolean
  'aria-label'?: string
  onInput?: (event: { detail: { value: string } }) => void
}

export function Input(props: InputProps) {
  return createElement('input', {
    className: props.className,
    value: props.value ?? '',
    placeholder: props.placeholder,
    disabled: props.disabled,
    'aria-label': props['aria-label'],
    onChange: (event: { target: { value: string } }) => props.onInput?.({ detail: { value: event.target.value } }),
  })
}

/** Textarea → <textarea>, firing the same `onInput({ detail: { value } })`. */
export function Textarea(props: InputProps) {
  return createElement('textarea', {
    className: props.className,
    value: props.value ?? '',
    placeholder: props.placeholder,
    'aria-label': props['aria-label'],
    onChange: (event: { target: { value: string } }) => props.onInput?.({ detail: { value: event.target.value } }),
  })
}

/**
 * Picker → its children plus an <input> labelled 「<mode> 选择器」 standing in for the platform's
 * wheels: typing into it is choosing that value (`onChange({ detail: { value } })`).
 */
export function Picker(props: {
  mode?: string
  value?: string
  children?: ReactNode
  onChange?: (event: { detail: { value: string } }) => void
}) {
  return createElement(
    'div',
    null,
    props.children,
    createElement('input', {
      'aria-label': `${props.mode ?? 'selector'} 选择器`,
      value: props.value ?? '',
      onChange: (event: { target: { value: string } }) => props.onChange?.({ detail: { value: event.target.value } }),
    }),
  )
}
