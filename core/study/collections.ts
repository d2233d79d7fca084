import type { CollectionSpec } from '../collections-spec'

/** Collections of the `study` area with their indexes; merged into core/collections.ts. */
export const STUDY_COLLECTIONS = {} as const satisfies Record<string, CollectionSpec>
