/**
 * @tarojs/components as plain DOM for jsdom tests: View → div, Text → span, Button → button,
 * Image → img, Switch → checkbox (role switch), ScrollView → div. Mini-program-only props
 * (hoverClass, color, …) are dropped; aria-* and data-* pass through, aria-role becomes role.
 */
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode; className?: string }

function domProps(props: Props) {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className' || key === 'children' || key === 'onClick' || key === 'id' || key === 'style') out[key] = value
    // Mini-program `aria-role` is the DOM's `role`.
    else if (key === 'aria-role') out.role = value
    else if (key.startsWith('aria-') || key.startsWith('data-')) out[key] = value
  }
  return out
}

const tag = (name: string) =>
  function TaroMock(props: Props) {
    return createElement(name, domProps(props), props.children)
  }

export const View = tag('div')
export const Text = tag('span')
export const ScrollView = tag('div')

export function Button(props: Props & { disabled?: boolean }) {
  return createElement('button', { ...domProps(props), type: 'button', disabled: props.disabled }, props.children)
}

export function Image(props: Props & { src?: string }) {
  return createElement('img', { ...domProps(props), src: props.src, alt: '' })
}

export function Switch(props: Props & { checked?: boolean; onChange?: (event: { detail: { value: boolean } }) => void }) {
  return createElement('input', {
    ...domProps(props),
    type: 'checkbox',
    role: 'switch',
    checked: Boolean(props.checked),
    onChange: (event: { target: { checked: boolean } }) => props.onChange?.({ detail: { value: event.target.checked } }),
  })
}
