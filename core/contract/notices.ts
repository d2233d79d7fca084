import type { ActionMap } from './define'

/** Function `notices`: actions, request schemas (strict), roles and response types. */
export const noticesActions = {} satisfies ActionMap
