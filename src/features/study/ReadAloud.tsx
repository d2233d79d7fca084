import type { Paragraph } from '@core/notices/rich-text'

/**
 * 朗读 in the mini-program: WeChat has no built-in speech synthesis, so articles are read aloud only
 * through their own audio (the player above them). The H5 build uses the browser's (ReadAloud.h5.tsx).
 */
export function ReadAloud(_props: { body: Paragraph[]; onSpeakingChange: (speaking: boolean) => void }) {
  return null
}
