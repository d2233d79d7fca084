/** The named fields of a document and no others: what a view copies of it as it stands. */
export function pick<T, K extends keyof T>(doc: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>
  for (const key of keys) out[key] = doc[key]
  return out
}
