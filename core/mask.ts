/** 13812341234 → 138****1234. Anything not shaped like a phone number is fully hidden. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****'
}

/** 张三明 → 张*明, 张三 → 张*, for public rankings. */
export function maskName(name: string): string {
  const chars = [...name]
  if (chars.length <= 1) return name
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}
