import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { platformSpeech, type Speech } from './speech'
import './ReadAloud.scss'

export interface ReadAloudProps {
  /** What is read when there is no recording: the title and the text, plain. */
  text: string
  /** The material's own recording; preferred over synthesised speech. */
  audioUrl?: string | null
  /** Told when reading starts and stops (study time counts while listening). */
  onPlayingChange?: (playing: boolean) => void
}

/**
 * 朗读: one big button that reads the page aloud and stops again. Uses the material's own audio when
 * it has one (Taro's inner audio context), else the platform's Chinese speech: the browser's in H5,
 * WeChat's 同声传译 plugin in the mini-program. Where neither exists it shows nothing.
 */
export function ReadAloud({ text, audioUrl, onPlayingChange }: ReadAloudProps) {
  const [playing, setPlayingState] = useState(false)
  const setPlaying = (on: boolean) => {
    setPlayingState(on)
    onPlayingChange?.(on)
  }
  const [speech] = useState<Speech | null>(() => (audioUrl ? null : platformSpeech()))
  const audio = useRef<Taro.InnerAudioContext | null>(null)

  useEffect(() => {
    return () => {
      audio.current?.destroy()
      audio.current = null
      speech?.stop()
    }
  }, [speech])

  if (!audioUrl && !speech) return null

  const stop = () => {
    audio.current?.stop()
    speech?.stop()
    setPlaying(false)
  }

  const start = () => {
    setPlaying(true)
    if (audioUrl) {
      if (!audio.current) {
        const context = Taro.createInnerAudioContext()
        context.src = audioUrl
        context.onEnded(() => setPlaying(false))
        context.onError(() => {
          setPlaying(false)
          void Taro.showToast({ title: '音频播放失败，请稍后再试', icon: 'none' })
        })
        audio.current = context
      }
      audio.current.play()
    } else {
      speech?.speak(text, () => setPlaying(false))
    }
  }

  return (
    <View className="hl-read-aloud">
      <BigButton kind="secondary" block onClick={playing ? stop : start}>
        {playing ? '停止朗读' : audioUrl ? '播放朗读' : '朗读全文'}
      </BigButton>
    </View>
  )
}
