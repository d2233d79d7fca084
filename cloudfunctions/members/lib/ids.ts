/** A short, stable hash (FNV-1a, base 36) for deterministic ids: the same input always names the same document. */
export function shortHash(text: string): string {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0
  return h.toString(36)
}
