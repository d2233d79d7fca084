/** Shapes of the collection manifest (core/collections.ts and each area's collections.ts). */
export type IndexDirection = 'asc' | 'desc'

export interface IndexSpec {
  name: string
  fields: ReadonlyArray<readonly [field: string, direction: IndexDirection]>
  unique?: boolean
}

export interface CollectionSpec {
  description: string
  indexes: readonly IndexSpec[]
}
