import Taro from '@tarojs/taro'
import type { Speech } from './speech'
import { packForSpeech } from './speechParts'

export type { Speech } from './speech'

/**
 * WeChat's own speech synthesis: the 同声传译 plugin (WechatSI, declared in app.config's `plugins`
 * for the weapp build). `textToSpeech` turns one part of text (≤ 1000 bytes) into a temporary audio
 * URL, which an inner audio context plays; the next part is synthesised while this one plays, so
 * the pauses between parts stay short.
 */
interface TextToSpeechResult {
  retcode: number
  /** The audio's temporary URL. */
  filename: string
  /** Unix seconds until which the URL plays. */
  expired_time: number
}

export interface WechatSIPlugin {
  textToSpeech(options: {
    lang: 'zh_CN'
    tts: true
    content: string
    success: (result: TextToSpeechResult) => void
    fail: (error: { retcode?: number; msg?: string }) => void
  }): void
}

// The mini-program's global for plugins (not Taro.requirePlugin: WeChat's code-quality check finds
// the plugin in use by this very call).
declare const requirePlugin: (name: string) => unknown

function loadPlugin(): WechatSIPlugin | null {
  try {
    const plugin = requirePlugin('WechatSI') as Partial<WechatSIPlugin> | undefined
    return plugin && typeof plugin.textToSpeech === 'function' ? (plugin as WechatSIPlugin) : null
  } catch {
    // Not declared, or not added to this mini-program in the admin console: no 朗读 then.
    return null
  }
}

function synthesize(plugin: WechatSIPlugin, content: string): Promise<string> {
  const pending = new Promise<string>((resolve, reject) => {
    plugin.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success: (result) =>
        result.retcode === 0 && result.filename ? resolve(result.filename) : reject(new Error(`WechatSI retcode ${result.retcode}`)),
      fail: (error) => reject(new Error(`WechatSI ${error.retcode ?? ''} ${error.msg ?? ''}`)),
    })
  })
  // A part fetched ahead may never be awaited (the person stopped): not an unhandled rejection.
  pending.catch(() => undefined)
  return pending
}

let audioOptionSet = false

/** Elders' phones are often on silent: 朗读 should still be heard (iOS mutes inner audio otherwise). */
function playEvenWhenMuted(): void {
  if (audioOptionSet || typeof Taro.setInnerAudioOption !== 'function') return
  audioOptionSet = true
  void Taro.setInnerAudioOption({ obeyMuteSwitch: false }).catch(() => undefined)
}

export function platformSpeech(): Speech | null {
  const plugin = loadPlugin()
  if (!plugin) return null
  let session = 0
  let audio: Taro.InnerAudioContext | null = null

  const release = () => {
    audio?.stop()
    audio?.destroy()
    audio = null
  }

  return {
    speak(text, onDone) {
      const mine = ++session
      release()
      const parts = packForSpeech(text)
      if (!parts.length) return onDone()
      playEvenWhenMuted()
      const context = Taro.createInnerAudioContext()
      audio = context
      const urls: Array<Promise<string>> = [synthesize(plugin, parts[0])]
      let current = -1

      const finish = (failed: boolean) => {
        if (mine !== session) return
        session += 1
        release()
        if (failed) void Taro.showToast({ title: '朗读没有成功，请稍后再试', icon: 'none' })
        onDone()
      }

      const playNext = async () => {
        current += 1
        if (current >= parts.length) return finish(false)
        let url: string
        try {
          url = await urls[current]
        } catch {
          return finish(true)
        }
        if (mine !== session) return
        if (current + 1 < parts.length) urls[current + 1] = synthesize(plugin, parts[current + 1])
        context.src = url
        context.play()
      }

      context.onEnded(() => void playNext())
      context.onError(() => finish(true))
      void playNext()
    },
    stop() {
      session += 1
      release()
    },
  }
}
