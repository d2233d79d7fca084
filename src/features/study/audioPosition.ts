import Taro from '@tarojs/taro'

/** Where the person stopped in a material's audio, kept on the device per material (seconds). */
const key = (materialId: string) => `honglin.study.audio.${materialId}`

export function readAudioPosition(materialId: string): number {
  try {
    const value: unknown = Taro.getStorageSync(key(materialId))
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0
  } catch {
    return 0
  }
}

/** Near the very end counts as finished: next time starts from the beginning. */
export function saveAudioPosition(materialId: string, seconds: number, duration: number) {
  try {
    if (!(seconds > 1) || (duration > 0 && seconds >= duration - 2)) Taro.removeStorageSync(key(materialId))
    else Taro.setStorageSync(key(materialId), Math.floor(seconds))
  } catch {
    // Storage unavailable: the player still works, it just starts from the beginning next time.
  }
}

/** 「3:05」 */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
