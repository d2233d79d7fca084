import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { playableUrl } from '../../services/storage'
import { clockText, readAudioPosition, saveAudioPosition } from './audioPosition'
import './AudioPlayer.scss'

const SAVE_EVERY_S = 5

/**
 * The material's audio: 播放/暂停, 后退/前进 15 秒, and it starts again where the person stopped last
 * time (kept on the device per material). `onPlayingChange` lets the study clock count listening.
 */
export function AudioPlayer(props: { materialId: string; fileId: string; title: string; onPlayingChange: (playing: boolean) => void }) {
  const { materialId, fileId } = props
  const audio = useRef<Taro.InnerAudioContext | null>(null)
  const [playing, setPlaying] = useState(false)
  const [position, setPosition] = useState(() => readAudioPosition(materialId))
  const [duration, setDuration] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const onPlaying = useRef(props.onPlayingChange)
  onPlaying.current = props.onPlayingChange

  useEffect(() => {
    const context = Taro.createInnerAudioContext()
    audio.current = context
    let lastSaved = 0
    let cancelled = false
    const start = readAudioPosition(materialId)
    const report = (on: boolean) => {
      setPlaying(on)
      onPlaying.current(on)
    }
    context.startTime = start
    context.onCanplay(() => {
      if (context.duration) setDuration(context.duration)
    })
    context.onPlay(() => {
      setProblem(null)
      report(true)
    })
    context.onPause(() => {
      saveAudioPosition(materialId, context.currentTime, context.duration)
      report(false)
    })
    context.onStop(() => {
      saveAudioPosition(materialId, context.currentTime, context.duration)
      report(false)
    })
    context.onEnded(() => {
      saveAudioPosition(materialId, 0, 0)
      setPosition(0)
      report(false)
    })
    context.onTimeUpdate(() => {
      setPosition(context.currentTime)
      if (context.duration) setDuration(context.duration)
      if (Math.abs(context.currentTime - lastSaved) >= SAVE_EVERY_S) {
        lastSaved = context.currentTime
        saveAudioPosition(materialId, context.currentTime, context.duration)
      }
    })
    context.onError(() => {
      setProblem('音频没有加载成功，请检查网络后重试')
      report(false)
    })
    playableUrl(fileId).then(
      (url) => {
        if (!cancelled) context.src = url
      },
      () => setProblem('音频没有加载成功，请检查网络后重试'),
    )
    return () => {
      cancelled = true
      if (context.currentTime > 0) saveAudioPosition(materialId, context.currentTime, context.duration)
      onPlaying.current(false)
      context.destroy()
      audio.current = null
    }
  }, [materialId, fileId])

  const toggle = () => {
    const context = audio.current
    if (!context) return
    if (playing) context.pause()
    else context.play()
  }
  const skip = (seconds: number) => {
    const context = audio.current
    if (!context) return
    const target = Math.max(0, Math.min(context.currentTime + seconds, duration || Number.MAX_SAFE_INTEGER))
    context.seek(target)
    setPosition(target)
    saveAudioPosition(materialId, target, duration)
  }

  return (
    <View className="hl-audio" aria-role="group" aria-label={`音频：${props.title}`}>
      <Text className="hl-audio__time" data-testid="audio-position">
        {clockText(position)}
        {duration ? ` / ${clockText(duration)}` : ''}
      </Text>
      {!playing && position > 1 ? <Text className="hl-audio__hint">上次听到 {clockText(position)}，点播放从这里继续</Text> : null}
      {problem ? (
        <Text className="hl-audio__problem" aria-role="alert">
          ⚠ {problem}
        </Text>
      ) : null}
      <View className="hl-audio__controls">
        <BigButton kind="secondary" onClick={() => skip(-15)}>
          后退15秒
        </BigButton>
        <BigButton onClick={toggle}>{playing ? '暂停' : position > 1 ? '继续播放' : '播放'}</BigButton>
        <BigButton kind="secondary" onClick={() => skip(15)}>
          前进15秒
        </BigButton>
      </View>
    </View>
  )
}
