import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro, { resetTaroMock } from './mocks/taro'

jest.mock('../../src/features/elder/speech', () => ({ platformSpeech: jest.fn() }))

const { platformSpeech } = jest.requireMock<{ platformSpeech: jest.Mock }>('../../src/features/elder/speech')
const { ReadAloud } = require('../../src/features/elder/ReadAloud') as typeof import('../../src/features/elder/ReadAloud')

function fakeAudio() {
  const handlers: { ended?: () => void } = {}
  return {
    src: '',
    play: jest.fn(),
    stop: jest.fn(),
    destroy: jest.fn(),
    onEnded: jest.fn((fn: () => void) => (handlers.ended = fn)),
    onError: jest.fn(),
    handlers,
  }
}

const taro = Taro as unknown as Record<string, jest.Mock>

beforeEach(() => {
  resetTaroMock()
  platformSpeech.mockReset()
})

describe('朗读', () => {
  it("plays the material's own audio, stops it, and releases it when the page closes", () => {
    const audio = fakeAudio()
    taro.createInnerAudioContext = jest.fn(() => audio)
    const { unmount } = render(<ReadAloud text="正文" audioUrl="https://example.test/a.mp3" />)
    fireEvent.click(screen.getByRole('button', { name: '播放朗读' }))
    expect(audio.src).toBe('https://example.test/a.mp3')
    expect(audio.play).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByRole('button', { name: '停止朗读' }))
    expect(audio.stop).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('button', { name: '播放朗读' })).toBeTruthy()
    unmount()
    expect(audio.destroy).toHaveBeenCalledTimes(1)
    expect(platformSpeech).not.toHaveBeenCalled()
  })

  it("without audio, has the platform's speech read the text and turns back when done", () => {
    let done: (() => void) | undefined
    const speech = { speak: jest.fn((_text: string, onDone: () => void) => (done = onDone)), stop: jest.fn() }
    platformSpeech.mockReturnValue(speech)
    render(<ReadAloud text="第一句。第二句！" />)
    fireEvent.click(screen.getByRole('button', { name: '朗读全文' }))
    expect(speech.speak.mock.calls[0][0]).toBe('第一句。第二句！')
    expect(screen.getByRole('button', { name: '停止朗读' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '停止朗读' }))
    expect(speech.stop).toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: '朗读全文' }))
    expect(screen.getByRole('button', { name: '停止朗读' })).toBeTruthy()
    act(() => done?.())
    expect(screen.getByRole('button', { name: '朗读全文' })).toBeTruthy()
  })

  it('shows nothing where there is neither audio nor speech (a mini-program without the speech plugin)', () => {
    platformSpeech.mockReturnValue(null)
    const { container } = render(<ReadAloud text="正文" />)
    expect(container.innerHTML).toBe('')
  })
})
