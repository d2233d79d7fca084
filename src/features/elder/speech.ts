/** Speaking text aloud with the platform's own voice. */
export interface Speech {
  /** Reads `text` (in parts the engine can take); `onDone` runs once when it ends or speaking fails. */
  speak(text: string, onDone: () => void): void
  stop(): void
}

/**
 * The platform's speech synthesis: the browser's (`speech.h5.ts`) or WeChat's 同声传译 plugin
 * (`speech.weapp.ts`). Elsewhere there is none, and 朗读 is offered only where a material has audio.
 */
export function platformSpeech(): Speech | null {
  return null
}
