import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'

jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))

const { DateTimeField } = require('../../src/components/FormField') as typeof import('../../src/components/FormField')

function Form({ initial = '', optional = false }: { initial?: string; optional?: boolean }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <DateTimeField label="开始" value={value} onChange={setValue} today="2026-12-02" optional={optional} />
      <span data-testid="value">{value}</span>
    </>
  )
}

const value = () => screen.getByTestId('value').textContent

describe('DateTimeField (Beijing date and time with the platform pickers)', () => {
  it('choosing a day first gives that day at 09:00; choosing the time then keeps the day', () => {
    render(<Form />)
    expect(screen.getByRole('button', { name: '开始：选日期' }).textContent).toContain('选日期')
    fireEvent.change(screen.getByLabelText('date 选择器'), { target: { value: '2026-12-20' } })
    expect(value()).toBe('2026-12-20 09:00')
    fireEvent.change(screen.getByLabelText('time 选择器'), { target: { value: '14:30' } })
    expect(value()).toBe('2026-12-20 14:30')
    expect(screen.getByRole('button', { name: '开始：选时间' }).textContent).toContain('14:30')
  })

  it('a time chosen before any day lands on today; a typed value is kept and shown on the pickers', () => {
    render(<Form />)
    fireEvent.change(screen.getByLabelText('time 选择器'), { target: { value: '08:15' } })
    expect(value()).toBe('2026-12-02 08:15')
    fireEvent.change(screen.getByLabelText('开始'), { target: { value: '2027-01-05 10:00' } })
    expect(screen.getByRole('button', { name: '开始：选日期' }).textContent).toContain('2027-01-05')
  })

  it('an optional time can be cleared', () => {
    render(<Form initial="2026-12-20 09:00" optional />)
    fireEvent.click(screen.getByRole('button', { name: '清除' }))
    expect(value()).toBe('')
  })
})
