import type { MaterialKind } from '@core/study/rules'
import { MATERIAL_KIND_LABELS } from '@core/study/rules'

/** Each kind says its name in words; the icon only repeats it (plain symbols every phone font has). */
export const KIND_ICONS: Record<MaterialKind, string> = { article: '▤', audio: '♪', pdf: '▣' }

export function kindLabel(kind: MaterialKind): string {
  return `${KIND_ICONS[kind]} ${MATERIAL_KIND_LABELS[kind]}`
}

/** 「12 分钟」 or 「1 小时 5 分钟」. */
export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`
  const rest = minutes % 60
  return rest ? `${Math.floor(minutes / 60)} 小时 ${rest} 分钟` : `${minutes / 60} 小时`
}
