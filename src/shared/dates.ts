import { formatBeijing } from '@core/time'

/** A stored UTC time as people here read it (Beijing), or 无记录 when there is none. */
export function shanghaiTime(iso: string | null, withTime = false): string {
  if (!iso) return '无记录'
  return formatBeijing(iso, withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD')
}
