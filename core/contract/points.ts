import type { ActionMap } from './define'

/** Function `points`: actions, request schemas (strict), roles and response types. */
export const pointsActions = {} satisfies ActionMap
