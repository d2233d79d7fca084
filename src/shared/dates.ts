/** Shows a UTC ISO time in Asia/Shanghai (UTC+8 all year, no daylight saving), whatever the phone's zone. */
export function shanghaiTime(iso: string | null, withTime = false): string {
  if (!iso) return '无记录'
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString()
  return withTime ? `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}` : shifted.slice(0, 10)
}
