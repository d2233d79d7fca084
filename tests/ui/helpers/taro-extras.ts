/**
 * Taro APIs the shared mock (../mocks/taro.ts) does not have, added onto it for these tests:
 * showModal (answers 确定 unless told otherwise) and makePhoneCall. resetTaroMock (and so resetSignIn)
 * resets them too.
 */
import Taro, { resetWithTaroMock } from '../mocks/taro'

export const taroExtras = {
  showModal: jest.fn((_options: { title: string; content: string; confirmText?: string }) =>
    Promise.resolve({ confirm: true, cancel: false }),
  ),
  makePhoneCall: jest.fn((_options: { phoneNumber: string }) => Promise.resolve()),
}

Object.assign(Taro, taroExtras)

function resetTaroExtras() {
  taroExtras.showModal.mockReset()
  taroExtras.showModal.mockImplementation(() => Promise.resolve({ confirm: true, cancel: false }))
  taroExtras.makePhoneCall.mockReset()
  taroExtras.makePhoneCall.mockImplementation(() => Promise.resolve())
}

resetWithTaroMock(resetTaroExtras)
