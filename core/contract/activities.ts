import type { ActionMap } from './define'

/** Function `activities`: actions, request schemas (strict), roles and response types. */
export const activitiesActions = {} satisfies ActionMap
