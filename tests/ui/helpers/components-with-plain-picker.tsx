/**
 * components-with-inputs, but a Picker shows only its child: the person keeps the picker's default (today's
 * date). Use in a test file with
 *   jest.mock('@tarojs/components', () => require('./helpers/components-with-plain-picker'))
 */
import { createElement, type ReactNode } from 'react'

export * from './components-with-inputs'

export function Picker(props: { children?: ReactNode }) {
  return createElement('div', null, props.children)
}
