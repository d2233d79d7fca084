import type { CollectionSpec } from '../collections-spec'

/** Collections of the `activities` area with their indexes; merged into core/collections.ts. */
export const ACTIVITIES_COLLECTIONS = {} as const satisfies Record<string, CollectionSpec>
