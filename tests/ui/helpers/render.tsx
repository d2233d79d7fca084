import { act, fireEvent, render, screen } from '@testing-library/react'

/**
 * Renders a page (or component) as the app shows it: inside the elder-mode provider. The provider is
 * loaded when called, after the test file's jest.mock calls (esbuild hoists imports above them).
 */
export function renderInApp(Page: () => JSX.Element) {
  return renderElementInApp(<Page />)
}

/** renderInApp for a page (or component) already written as an element, props and all. */
export function renderElementInApp(page: JSX.Element) {
  const { ElderModeProvider } =
    require('../../../src/features/elder/ElderModeContext') as typeof import('../../../src/features/elder/ElderModeContext')
  return render(<ElderModeProvider>{page}</ElderModeProvider>)
}

/** Renders the element in the app and waits until `text` shows (its data has loaded). */
export async function openInApp(page: JSX.Element, text: string): Promise<void> {
  renderElementInApp(page)
  await screen.findByText(text)
}

/** Types `value` into the field labelled `label` (the Input mock passes it on as Taro's onInput). */
export function typeInto(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } })
}

/** Types each value into the field of its label, in the order given, then taps the button named `button`. */
export function fillInAndTap(fields: Record<string, string>, button: string): void {
  for (const [label, value] of Object.entries(fields)) typeInto(label, value)
  fireEvent.click(screen.getByRole('button', { name: button }))
}

/** Taps `element` and lets what the tap started (a request, its reply, the re-render) settle before going on. */
export async function tapAndSettle(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element)
  })
}

/** Clears every mock function of an automocked module (`jest.requireMock` of a service). */
export function resetMocks(module: Record<string, unknown>): void {
  for (const fn of Object.values(module)) if (jest.isMockFunction(fn)) fn.mockReset()
}
