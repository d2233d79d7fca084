import { act, fireEvent, render, screen } from '@testing-library/react'
import { createElement } from 'react'
import Taro, { resetTaroMock, taroStorage } from './mocks/taro'

/**
 * The mini-program's privacy dialog (features/privacy/PrivacyDialog.weapp.tsx) with WeChat's API
 * mocked: onNeedPrivacyAuthorization hands over `resolve`; the agree button is WeChat's
 * agreePrivacyAuthorization button, which here fires its event when tapped, as WeChat does.
 */
jest.mock('@tarojs/components', () => {
  const base = jest.requireActual('./mocks/taro-components')
  return {
    ...base,
    Button: (props: Record<string, unknown> & { children?: unknown }) =>
      createElement(
        'button',
        {
          id: props.id,
          type: 'button',
          'data-open-type': props.openType,
          onClick: () =>
            props.openType === 'agreePrivacyAuthorization'
              ? (props.onAgreePrivacyAuthorization as () => void)()
              : (props.onClick as () => void)(),
        },
        props.children as never,
      ),
  }
})
// Pages get the weapp dialog through PageRoot, as in the mini-program build.
jest.mock('../../src/features/privacy/PrivacyDialog', () => jest.requireActual('../../src/features/privacy/PrivacyDialog.weapp'))

type Listener = (resolve: jest.Mock, info: { referrer: string }) => void
const taro = Taro as unknown as Record<string, jest.Mock>
taro.onNeedPrivacyAuthorization = jest.fn()
taro.openPrivacyContract = jest.fn()

const { PageRoot } = require('../../src/features/elder/PageRoot') as typeof import('../../src/features/elder/PageRoot')
const { ElderModeProvider } =
  require('../../src/features/elder/ElderModeContext') as typeof import('../../src/features/elder/ElderModeContext')

function renderTwoPages() {
  // Two pages of the stack, each with its own PageRoot.
  return render(
    <ElderModeProvider>
      <PageRoot>
        <span>通知</span>
      </PageRoot>
      <PageRoot>
        <span>申报日行一善</span>
      </PageRoot>
    </ElderModeProvider>,
  )
}

let listener: Listener | undefined

function askForConsent(referrer: string): jest.Mock {
  const resolve = jest.fn()
  act(() => listener!(resolve, { referrer }))
  return resolve
}

beforeAll(() => resetTaroMock())

beforeEach(() => {
  taroStorage.set('honglin.elderMode', 'on')
  renderTwoPages()
  listener ??= taro.onNeedPrivacyAuthorization.mock.calls[0]?.[0] as Listener
})

describe('隐私保护提示 (weapp)', () => {
  it('listens to WeChat once for the whole app and shows nothing until WeChat asks', () => {
    expect(taro.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })

  it('shows what is collected and why when a photo is chosen, in elder sizes, and tells WeChat it is shown', () => {
    const resolve = askForConsent('chooseMedia')
    expect(taro.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
    const dialogs = screen.getAllByRole('dialog', { name: '隐私保护提示' })
    expect(dialogs.length).toBeGreaterThan(0)
    for (const dialog of dialogs) expect(dialog.closest('.hl-page--elder')).toBeTruthy()
    expect(screen.getAllByText(/姓名、手机号、楼栋单元，您上传的照片和文件/).length).toBeGreaterThan(0)
    fireEvent.click(screen.getAllByText('查看《红邻隐私保护指引》')[0])
    expect(taro.openPrivacyContract).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getAllByRole('button', { name: '不同意' })[0])
  })

  it('agree goes back through the agreePrivacyAuthorization button, settling every waiting API', () => {
    const photo = askForConsent('chooseMedia')
    const file = askForConsent('chooseMessageFile')
    const agree = screen.getAllByRole('button', { name: '同意并继续' })[0]
    expect(agree.id).toBe('hl-privacy-agree')
    expect(agree.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization')
    fireEvent.click(agree)
    expect(photo).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'hl-privacy-agree' })
    expect(file).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'hl-privacy-agree' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('disagree lets the API fail and closes the dialog', () => {
    const resolve = askForConsent('getClipboardData')
    fireEvent.click(screen.getAllByRole('button', { name: '不同意' })[0])
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
