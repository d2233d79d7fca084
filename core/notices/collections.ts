import type { CollectionSpec } from '../collections-spec'

/** Collections of the `notices` area with their indexes; merged into core/collections.ts. */
export const NOTICES_COLLECTIONS = {} as const satisfies Record<string, CollectionSpec>
