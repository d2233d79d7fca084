/**
 * A fixture builder from a function that makes every field: `const wish = builder<WishView>(() => ({ … }))`.
 * Then `wish({ status: 'claimed' })` is those fields made afresh for this call (no array or object shared
 * with another test, today's date read today), with the ones given replaced.
 */
export function builder<T extends object>(fields: () => T): (overrides?: Partial<T>) => T {
  return (overrides = {}) => ({ ...fields(), ...overrides })
}
