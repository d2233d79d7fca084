import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/** Everything is stored in UTC and shown in Beijing time, whatever TZ the host runs in. */
export const DISPLAY_TZ = 'Asia/Shanghai'

export function toBeijing(date: Date | number | string) {
  return dayjs(date).tz(DISPLAY_TZ)
}

export function formatBeijing(date: Date | number | string, pattern = 'YYYY-MM-DD HH:mm'): string {
  return toBeijing(date).format(pattern)
}

/** The Beijing calendar day (YYYY-MM-DD) an instant belongs to. */
export function beijingDay(date: Date | number | string): string {
  return toBeijing(date).format('YYYY-MM-DD')
}
