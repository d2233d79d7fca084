import { useEffect, useState } from 'react'
import type { Paragraph } from '@core/notices/rich-text'
import { BigButton } from '../../components/BigButton'
import { useElderMode } from '../elder/ElderModeContext'

const plainText = (body: Paragraph[]) => body.map((p) => p.runs.map((run) => run.text).join('')).join('。\n')

/** 朗读 in the browser (elder mode, articles without their own audio): the browser's speech synthesis in Chinese. */
export function ReadAloud({ body, onSpeakingChange }: { body: Paragraph[]; onSpeakingChange: (speaking: boolean) => void }) {
  const { elder } = useElderMode()
  const [speaking, setSpeaking] = useState(false)
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null

  useEffect(() => () => synth?.cancel(), [synth])
  if (!elder || !synth) return null

  const report = (on: boolean) => {
    setSpeaking(on)
    onSpeakingChange(on)
  }
  const toggle = () => {
    if (speaking) {
      synth.cancel()
      report(false)
      return
    }
    const utterance = new SpeechSynthesisUtterance(plainText(body))
    utterance.lang = 'zh-CN'
    utterance.rate = 0.9
    utterance.onend = () => report(false)
    utterance.onerror = () => report(false)
    synth.cancel()
    synth.speak(utterance)
    report(true)
  }
  return (
    <BigButton block kind='secondary' onClick={toggle}>
      {speaking ? '■ 停止朗读' : '▶ 朗读全文'}
    </BigButton>
  )
}
