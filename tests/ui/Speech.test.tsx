import { act, fireEvent, render, screen } from '@testing-library/react'
import { packForSpeech, splitForSpeech, utf8Bytes, WECHAT_SI_MAX_BYTES } from '../../src/features/elder/speechParts'
import Taro, { resetTaroMock } from './mocks/taro'

/**
 * 朗读 inside WeChat: the parts a text is read in, and speech.weapp.ts driving the 同声传译 plugin
 * (requirePlugin('WechatSI')) and an inner audio context, both faked here as WeChat behaves.
 */
jest.mock('../../src/features/elder/speech', () => jest.requireActual('../../src/features/elder/speech.weapp'))

const { platformSpeech } = require('../../src/features/elder/speech.weapp') as typeof import('../../src/features/elder/speech.weapp')
const { ReadAloud } = require('../../src/features/elder/ReadAloud') as typeof import('../../src/features/elder/ReadAloud')

type Synth = {
  content: string
  success: (r: { retcode: number; filename: string; expired_time: number }) => void
  fail: (e: object) => void
}

/** The plugin answers when the test says so: `answer(i)` delivers the i-th request's audio URL. */
function fakePlugin() {
  const requests: Synth[] = []
  return {
    requests,
    plugin: { textToSpeech: jest.fn((options: Synth) => void requests.push(options)) },
    answer: (i: number, retcode = 0) =>
      act(async () => requests[i].success({ retcode, filename: `https://tts.test/${i}.mp3`, expired_time: 0 })),
  }
}

function fakeAudio() {
  const handlers: { ended?: () => void; error?: () => void } = {}
  const played: string[] = []
  const audio = {
    src: '',
    play: jest.fn(() => void played.push(audio.src)),
    stop: jest.fn(),
    destroy: jest.fn(),
    onEnded: jest.fn((fn: () => void) => (handlers.ended = fn)),
    onError: jest.fn((fn: () => void) => (handlers.error = fn)),
  }
  return { audio, played, end: () => act(async () => handlers.ended?.()), fail: () => act(async () => handlers.error?.()) }
}

const taro = Taro as unknown as Record<string, jest.Mock>
const globals = globalThis as { requirePlugin?: (name: string) => unknown }
let wechat: ReturnType<typeof fakePlugin>
let player: ReturnType<typeof fakeAudio>

/** About 2,500 bytes of Chinese in 24 sentences: three calls of the plugin. */
const NOTICE = Array.from({ length: 24 }, (_, i) => `第${i + 1}条，请各位党员于本周六上午九点到社区党群服务中心参加主题党日活动。`).join('')

beforeEach(() => {
  resetTaroMock()
  wechat = fakePlugin()
  player = fakeAudio()
  globals.requirePlugin = jest.fn((name: string) => {
    if (name !== 'WechatSI') throw new Error(`plugin ${name} not declared`)
    return wechat.plugin
  })
  taro.createInnerAudioContext = jest.fn(() => player.audio)
  taro.setInnerAudioOption = jest.fn(() => Promise.resolve())
})

describe('the parts a text is read in', () => {
  it('browsers: one sentence a part, long sentences cut at 120 characters', () => {
    expect(splitForSpeech('第一句。第二句！')).toEqual(['第一句。', '第二句！'])
    expect(splitForSpeech(`${'长'.repeat(250)}。短句`).map((p) => p.length)).toEqual([120, 120, 11, 2])
  })

  it('WeChat: whole sentences packed up to the plugin’s 1000 bytes, nothing lost', () => {
    const parts = packForSpeech(NOTICE)
    expect(parts).toHaveLength(3)
    for (const part of parts) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(WECHAT_SI_MAX_BYTES)
      expect(part.endsWith('。')).toBe(true)
    }
    expect(parts.join('')).toBe(NOTICE)
  })

  it('WeChat: a sentence longer than one call is cut, never inside a character', () => {
    const long = `${'党'.repeat(400)}🎉${'建'.repeat(400)}。`
    const parts = packForSpeech(long)
    expect(parts.every((part) => Buffer.byteLength(part, 'utf8') <= WECHAT_SI_MAX_BYTES)).toBe(true)
    expect(parts.join('')).toBe(long)
    expect(parts.some((part) => part.includes('\ufffd') || /[\ud800-\udbff]$/.test(part))).toBe(false)
  })

  it('counts UTF-8 bytes as WeChat does', () => {
    for (const text of ['abc', '通知', 'é', '🎉党', '']) expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'))
  })
})

describe('speech.weapp: WeChat 同声传译', () => {
  it('reads part after part, fetching the next while one plays, then says it is done', async () => {
    const done = jest.fn()
    platformSpeech()!.speak(NOTICE, done)
    expect(wechat.requests.map((r) => r.content)).toEqual([packForSpeech(NOTICE)[0]])
    expect(taro.setInnerAudioOption).toHaveBeenCalledWith({ obeyMuteSwitch: false })
    await wechat.answer(0)
    expect(player.played).toEqual(['https://tts.test/0.mp3'])
    expect(wechat.requests).toHaveLength(2)
    await wechat.answer(1)
    await player.end()
    expect(player.played).toEqual(['https://tts.test/0.mp3', 'https://tts.test/1.mp3'])
    await player.end()
    await wechat.answer(2)
    expect(player.played).toHaveLength(3)
    expect(done).not.toHaveBeenCalled()
    await player.end()
    expect(done).toHaveBeenCalledTimes(1)
    expect(player.audio.destroy).toHaveBeenCalled()
  })

  it('stops at once: the audio is released and a late answer of the plugin plays nothing', async () => {
    const done = jest.fn()
    const speech = platformSpeech()!
    speech.speak(NOTICE, done)
    await wechat.answer(0)
    speech.stop()
    expect(player.audio.stop).toHaveBeenCalled()
    expect(player.audio.destroy).toHaveBeenCalled()
    await wechat.answer(1)
    await player.end()
    expect(player.played).toEqual(['https://tts.test/0.mp3'])
    expect(done).not.toHaveBeenCalled()
  })

  it('says so in plain words when the plugin refuses or the audio fails, and ends', async () => {
    const done = jest.fn()
    platformSpeech()!.speak(NOTICE, done)
    await wechat.answer(0, -20001)
    expect(taro.showToast).toHaveBeenCalledWith({ title: '朗读没有成功，请稍后再试', icon: 'none' })
    expect(done).toHaveBeenCalledTimes(1)

    const again = jest.fn()
    platformSpeech()!.speak('一句话。', again)
    await wechat.answer(1)
    await player.fail()
    expect(again).toHaveBeenCalledTimes(1)
  })

  it('offers no speech when the plugin is not there (not added in the admin console)', () => {
    globals.requirePlugin = () => {
      throw new Error('plugin WechatSI is not authorized')
    }
    expect(platformSpeech()).toBeNull()
  })
})

describe('朗读 on a notice or a study article in the mini-program', () => {
  it('the same button reads with WeChat speech; listening is reported until the last part ends (study time)', async () => {
    const listening = jest.fn()
    render(<ReadAloud text="学习文章。第二段。" onPlayingChange={listening} />)
    fireEvent.click(screen.getByRole('button', { name: '朗读全文' }))
    expect(listening).toHaveBeenLastCalledWith(true)
    expect(wechat.requests[0].content).toBe('学习文章。第二段。')
    await wechat.answer(0)
    expect(screen.getByRole('button', { name: '停止朗读' })).toBeTruthy()
    await player.end()
    expect(listening).toHaveBeenLastCalledWith(false)
    expect(screen.getByRole('button', { name: '朗读全文' })).toBeTruthy()
  })
})
