/** Speaking text aloud with the platform's own voice. */
export interface Speech {
  /** Speaks the pieces in order; `onDone` runs once when the last ends or speaking fails. */
  speak(pieces: string[], onDone: () => void): void
  stop(): void
}

/**
 * The mini-program has no speech synthesis of its own (WeChat's needs a plugin), so there: none, and
 * 朗读 is offered only where the material has its own audio. `speech.h5.ts` is the browser's.
 */
export function platformSpeech(): Speech | null {
  return null
}
