import { render } from '@testing-library/react'

/**
 * Renders a page (or component) as the app shows it: inside the elder-mode provider. The provider is
 * loaded when called, after the test file's jest.mock calls (esbuild hoists imports above them).
 */
export function renderInApp(Page: () => JSX.Element) {
  const { ElderModeProvider } =
    require('../../../src/features/elder/ElderModeContext') as typeof import('../../../src/features/elder/ElderModeContext')
  return render(
    <ElderModeProvider>
      <Page />
    </ElderModeProvider>,
  )
}

/** Clears every mock function of an automocked module (`jest.requireMock` of a service). */
export function resetMocks(module: Record<string, unknown>): void {
  for (const fn of Object.values(module)) if (jest.isMockFunction(fn)) fn.mockReset()
}
