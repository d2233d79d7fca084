import type { Speech } from './speech'
import { splitForSpeech } from './speechParts'

export type { Speech } from './speech'

/** The browser's speech synthesis in Chinese (H5), when the browser has it. */
export function platformSpeech(): Speech | null {
  if (typeof window === 'undefined' || !window.speechSynthesis || typeof SpeechSynthesisUtterance === 'undefined') return null
  const synth = window.speechSynthesis
  let session = 0
  return {
    speak(text, onDone) {
      const pieces = splitForSpeech(text)
      const mine = ++session
      synth.cancel()
      let left = pieces.length
      const finish = () => {
        if (mine === session) onDone()
      }
      if (!left) return finish()
      for (const piece of pieces) {
        const utterance = new SpeechSynthesisUtterance(piece)
        utterance.lang = 'zh-CN'
        utterance.rate = 0.9
        utterance.onend = () => {
          left -= 1
          if (left === 0) finish()
        }
        utterance.onerror = finish
        synth.speak(utterance)
      }
    },
    stop() {
      session += 1
      synth.cancel()
    },
  }
}
