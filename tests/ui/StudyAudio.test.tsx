import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro, { resetTaroMock, taroStorage } from './mocks/taro'

/** The material's audio starts where the person stopped last time (kept per material on the device). */
jest.mock('../../src/services/storage', () => ({ playableUrl: jest.fn(async (id: string) => `https://files.example/${id}`) }))

const { AudioPlayer } = require('../../src/features/study/AudioPlayer') as typeof import('../../src/features/study/AudioPlayer')

type Handler = () => void

/** A stand-in for Taro's InnerAudioContext: the test plays the platform's part. */
class FakeAudio {
  src = ''
  startTime = 0
  currentTime = 0
  duration = 600
  destroyed = false
  private handlers: Record<string, Handler[]> = {}
  private on = (name: string) => (fn: Handler) => void (this.handlers[name] = [...(this.handlers[name] ?? []), fn])
  onCanplay = this.on('canplay')
  onPlay = this.on('play')
  onPause = this.on('pause')
  onStop = this.on('stop')
  onEnded = this.on('ended')
  onTimeUpdate = this.on('timeupdate')
  onError = this.on('error')
  emit(name: string) {
    act(() => (this.handlers[name] ?? []).forEach((fn) => fn()))
  }
  play = jest.fn(() => {
    this.currentTime = this.currentTime || this.startTime
    this.emit('play')
  })
  pause = jest.fn(() => this.emit('pause'))
  seek = jest.fn((to: number) => {
    this.currentTime = to
  })
  destroy = jest.fn(() => {
    this.destroyed = true
  })
}

let audio: FakeAudio
const KEY = 'honglin.study.audio.sm-audio'

beforeEach(() => {
  resetTaroMock()
  audio = new FakeAudio()
  ;(Taro as unknown as { createInnerAudioContext: jest.Mock }).createInnerAudioContext = jest.fn(() => audio)
})

async function renderPlayer(onPlayingChange = jest.fn()) {
  const view = render(<AudioPlayer materialId="sm-audio" fileId="local:abc.mp3" title="二十大报告音频" onPlayingChange={onPlayingChange} />)
  await act(async () => {})
  return { ...view, onPlayingChange }
}

describe('study audio player', () => {
  it('resumes from the saved position and tells the study clock it is playing', async () => {
    taroStorage.set(KEY, 185)
    const { onPlayingChange } = await renderPlayer()
    expect(audio.src).toBe('https://files.example/local:abc.mp3')
    expect(audio.startTime).toBe(185)
    expect(screen.getByText('上次听到 3:05，点播放从这里继续')).toBeTruthy()

    fireEvent.click(screen.getByText('继续播放'))
    expect(audio.play).toHaveBeenCalled()
    expect(onPlayingChange).toHaveBeenLastCalledWith(true)
    expect(screen.getByText('暂停')).toBeTruthy()
  })

  it('remembers where the person stopped: while playing, on pause, and on leaving the page', async () => {
    const { onPlayingChange, unmount } = await renderPlayer()
    fireEvent.click(screen.getByText('播放'))
    audio.currentTime = 42.6
    audio.emit('timeupdate')
    expect(taroStorage.get(KEY)).toBe(42)
    expect(screen.getByTestId('audio-position').textContent).toBe('0:42 / 10:00')

    audio.currentTime = 44
    fireEvent.click(screen.getByText('暂停'))
    expect(taroStorage.get(KEY)).toBe(44)
    expect(onPlayingChange).toHaveBeenLastCalledWith(false)

    fireEvent.click(screen.getByText('前进15秒'))
    expect(audio.seek).toHaveBeenCalledWith(59)
    expect(taroStorage.get(KEY)).toBe(59)

    audio.currentTime = 120
    unmount()
    expect(taroStorage.get(KEY)).toBe(120)
    expect(audio.destroyed).toBe(true)
  })

  it('starts from the beginning next time once the audio was heard to the end', async () => {
    taroStorage.set(KEY, 300)
    await renderPlayer()
    fireEvent.click(screen.getByText('继续播放'))
    audio.currentTime = 600
    audio.emit('ended')
    expect(taroStorage.has(KEY)).toBe(false)
    expect(screen.getByText('播放')).toBeTruthy()
  })

  it('says so when the audio cannot be loaded', async () => {
    await renderPlayer()
    audio.emit('error')
    expect(screen.getByRole('alert').textContent).toContain('音频没有加载成功')
  })
})
